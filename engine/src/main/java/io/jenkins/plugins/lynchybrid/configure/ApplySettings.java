package io.jenkins.plugins.lynchybrid.configure;

import java.time.Duration;

/**
 * Bounds for one apply.
 *
 * @param lockWait how long to wait for another apply on the same deployment to finish
 * @param replicationTimeout how long to wait for the CMS replicas after the on-premises changes
 * @param replicationPollInterval the pause between two replication status polls
 */
public record ApplySettings(Duration lockWait, Duration replicationTimeout, Duration replicationPollInterval) {

    public ApplySettings {
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("lock wait must not be negative");
        }
        if (replicationTimeout.isNegative()
                || replicationPollInterval.isNegative()
                || replicationPollInterval.isZero()) {
            throw new IllegalArgumentException(
                    "replication timeout must not be negative and its poll interval positive");
        }
    }

    /** Replication to an Edge normally takes a minute or two; fifteen allows for a busy CMS. */
    public static ApplySettings defaults() {
        return new ApplySettings(Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(15));
    }

    /** How many polls fit in the timeout: the first is immediate, so at least one. */
    int replicationPolls() {
        return 1 + (int) Math.min(10_000, replicationTimeout.toMillis() / replicationPollInterval.toMillis());
    }
}
