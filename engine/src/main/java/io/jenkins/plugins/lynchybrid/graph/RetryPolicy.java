package io.jenkins.plugins.lynchybrid.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * How long to wait before retrying a throttled or unavailable call, and how often to try at all. The
 * service's Retry-After wins when given (capped at {@code maxDelay}); otherwise the wait grows exponentially
 * from {@code baseDelay} with full jitter, so many clients do not retry in step.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMillis(500), Duration.ofSeconds(60));
    /** Non-negative seconds, optionally with a fraction; a longer wait than a day is capped there before the policy's bound. */
    private static final Pattern SECONDS = Pattern.compile("\\d{1,12}(\\.\\d{1,9})?");

    private static final BigDecimal MAX_MILLIS =
            BigDecimal.valueOf(Duration.ofDays(1).toMillis());

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw new IllegalArgumentException("maxAttempts " + maxAttempts + " is outside 1..50");
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= baseDelay <= maxDelay");
        }
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration delay(int attempt, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(maxDelay) > 0 ? maxDelay : retryAfter.get();
        }
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }

    /** Whether an HTTP status means "try again later": throttled, unavailable, gateway timeout. */
    public static boolean retryable(int status) {
        return status == 429 || status == 503 || status == 504;
    }

    /**
     * Parses a Retry-After value in each form servers send: delta-seconds ({@code 120}, RFC 9110 §10.2.3), the
     * fractional seconds Graph's throttling guidance shows ({@code 2.128}, microsoft-graph-docs-contrib
     * concepts/throttling.md) and an HTTP-date ({@code Wed, 21 Oct 2015 07:28:00 GMT}, counted from now). A date
     * already past means "now"; garbage counts as absent. {@link #delay} applies the upper bound.
     */
    public static Optional<Duration> retryAfter(Optional<String> header) {
        return retryAfter(header, Instant.now());
    }

    static Optional<Duration> retryAfter(Optional<String> header, Instant now) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String value = header.get().trim();
        if (SECONDS.matcher(value).matches()) {
            BigDecimal millis = new BigDecimal(value).movePointRight(3).setScale(0, RoundingMode.CEILING);
            return Optional.of(
                    millis.compareTo(MAX_MILLIS) > 0
                            ? Duration.ofMillis(MAX_MILLIS.longValue())
                            : Duration.ofMillis(millis.longValue()));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
