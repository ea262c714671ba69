package io.jenkins.plugins.lynchybrid.graph;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retrying a throttled or unavailable call, and how often to try at all. The
 * service's Retry-After wins when given (capped at {@code maxDelay}); otherwise the wait grows exponentially
 * from {@code baseDelay} with full jitter, so many clients do not retry in step.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMillis(500), Duration.ofSeconds(60));

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

    /** Parses a Retry-After value in seconds; HTTP dates and garbage count as absent. */
    public static Optional<Duration> retryAfter(Optional<String> header) {
        try {
            return header.map(String::trim)
                    .map(Long::parseLong)
                    .filter(s -> s >= 0)
                    .map(Duration::ofSeconds);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
