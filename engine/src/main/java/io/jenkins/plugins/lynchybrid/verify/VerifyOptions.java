package io.jenkins.plugins.lynchybrid.verify;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.readiness.SyncThreshold;
import java.time.Duration;

/**
 * How long one verification run keeps looking: it looks at every pending user, then again every {@code pollEvery},
 * until nobody is pending or {@code maxWait} has passed; users still pending stay pending, and the next run resumes.
 * Meeting migrations take about two hours and, on errors, up to a day (Microsoft's MMS article), so a pipeline runs
 * verify again later rather than waiting a day.
 */
public record VerifyOptions(Duration pollEvery, Duration maxWait) {
    public static final VerifyOptions DEFAULTS = new VerifyOptions(Duration.ofMinutes(1), Duration.ofMinutes(15));

    public VerifyOptions {
        if (pollEvery.isNegative() || pollEvery.isZero()) {
            throw new ConfigurationException("the poll interval " + pollEvery + " must be positive");
        }
        if (maxWait.isNegative()) {
            throw new ConfigurationException("the longest wait " + maxWait + " must not be negative");
        }
    }

    /**
     * A wait as people type it: {@code 0} (look once), {@code 15m}, {@code 2h}, {@code 1h30m} or ISO {@code PT15M}; the
     * same spellings as readiness' sync threshold.
     */
    public static Duration duration(String text) {
        return text.strip().equals("0") ? Duration.ZERO : SyncThreshold.parse(text);
    }

    /** Looks once, waits for nothing. */
    public static VerifyOptions once() {
        return new VerifyOptions(Duration.ofMinutes(1), Duration.ZERO);
    }

    int rounds() {
        return 1 + (int) Math.min(10_000, maxWait.toMillis() / pollEvery.toMillis());
    }
}
