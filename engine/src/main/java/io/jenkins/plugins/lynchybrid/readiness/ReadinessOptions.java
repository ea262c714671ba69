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
 * @param replicationBound how long a CMS replica may stay behind before the replication check fails: a replica
 *     behind at the first read is read again after this wait (a change replicating is normal)
 * @param pause how the run waits ({@link Thread#sleep} outside tests, which move a simulated clock instead)
 */
public record ReadinessOptions(
        Duration syncThreshold,
        Duration checkTimeout,
        List<String> users,
        int parallelism,
        Clock clock,
        Duration replicationBound,
        Pause pause) {

    public static final Duration DEFAULT_SYNC_THRESHOLD = Duration.ofHours(3);
    public static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_PARALLELISM = 32;
    /** Well inside the per-check timeout, which the wait and both reads must fit. */
    public static final Duration DEFAULT_REPLICATION_BOUND = Duration.ofSeconds(40);

    /** Waits for a while; interruptible. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

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
        if (replicationBound.isNegative() || replicationBound.compareTo(checkTimeout) >= 0) {
            throw new IllegalArgumentException("replication bound " + replicationBound
                    + " must be at least zero and shorter than the check timeout " + checkTimeout);
        }
    }

    public static ReadinessOptions defaults() {
        return new ReadinessOptions(
                DEFAULT_SYNC_THRESHOLD,
                DEFAULT_CHECK_TIMEOUT,
                List.of(),
                DEFAULT_PARALLELISM,
                Clock.systemUTC(),
                DEFAULT_REPLICATION_BOUND,
                duration -> Thread.sleep(duration.toMillis()));
    }

    public ReadinessOptions withSyncThreshold(Duration value) {
        return new ReadinessOptions(value, checkTimeout, users, parallelism, clock, replicationBound, pause);
    }

    /** A timeout shorter than the replication bound halves the bound to fit inside it. */
    public ReadinessOptions withCheckTimeout(Duration value) {
        Duration bound = replicationBound.compareTo(value) < 0 ? replicationBound : value.dividedBy(2);
        return new ReadinessOptions(syncThreshold, value, users, parallelism, clock, bound, pause);
    }

    public ReadinessOptions withUsers(List<String> value) {
        return new ReadinessOptions(syncThreshold, checkTimeout, value, parallelism, clock, replicationBound, pause);
    }

    /** @param value how the run waits for a lagging replica (tests move a simulated clock) */
    public ReadinessOptions withPause(Pause value) {
        return new ReadinessOptions(syncThreshold, checkTimeout, users, parallelism, clock, replicationBound, value);
    }
}
