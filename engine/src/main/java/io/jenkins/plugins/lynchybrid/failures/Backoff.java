package io.jenkins.plugins.lynchybrid.failures;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** How long a retried call waits before its next attempt. */
@FunctionalInterface
public interface Backoff {
    /** The first delay of a move job's retries unless its options say otherwise. */
    Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(2);

    /** No delay grows past this, however many attempts failed. */
    Duration MAX_DELAY = Duration.ofMinutes(2);

    /** The delay before attempt {@code attempt + 1}. */
    Duration delay(int attempt, RandomGenerator random);

    /** Exponential from {@code first}, capped at {@link #MAX_DELAY}, jittered ±20%. */
    static Backoff exponential(Duration first) {
        return (attempt, random) -> {
            double base = first.toMillis() * Math.pow(2, Math.min(attempt - 1, 16));
            double jittered = Math.min(base, MAX_DELAY.toMillis()) * (0.8 + 0.4 * random.nextDouble());
            return Duration.ofMillis((long) jittered);
        };
    }
}
