package io.jenkins.plugins.lynchybrid.readiness;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * How one run judges and behaves.
 *
 * @param syncThreshold how old the tenant's last directory sync may be
 * @param checkTimeout how long one check may take, its data included
 * @param users user principal names to pre-check; empty skips the user checks' look-ups
 * @param parallelism the most checks and fetches in flight at once
 */
public record ReadinessOptions(
        Duration syncThreshold, Duration checkTimeout, List<String> users, int parallelism, Clock clock) {

    public static final Duration DEFAULT_SYNC_THRESHOLD = Duration.ofHours(3);
    public static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_PARALLELISM = 32;

    public ReadinessOptions {
        users = List.copyOf(users);
        if (syncThreshold.isNegative() || syncThreshold.isZero()) {
            throw new IllegalArgumentException("sync threshold " + syncThreshold + " must be positive");
        }
        if (checkTimeout.isNegative() || checkTimeout.isZero()) {
            throw new IllegalArgumentException("check timeout " + checkTimeout + " must be positive");
        }
        if (parallelism < 1 || parallelism > 256) {
            throw new IllegalArgumentException("parallelism " + parallelism + " is outside 1..256");
        }
    }

    public static ReadinessOptions defaults() {
        return new ReadinessOptions(
                DEFAULT_SYNC_THRESHOLD, DEFAULT_CHECK_TIMEOUT, List.of(), DEFAULT_PARALLELISM, Clock.systemUTC());
    }

    public ReadinessOptions withSyncThreshold(Duration value) {
        return new ReadinessOptions(value, checkTimeout, users, parallelism, clock);
    }

    public ReadinessOptions withCheckTimeout(Duration value) {
        return new ReadinessOptions(syncThreshold, value, users, parallelism, clock);
    }

    public ReadinessOptions withUsers(List<String> value) {
        return new ReadinessOptions(syncThreshold, checkTimeout, value, parallelism, clock);
    }
}
