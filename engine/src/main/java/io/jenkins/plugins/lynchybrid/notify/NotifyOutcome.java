package io.jenkins.plugins.lynchybrid.notify;

/** What became of one user of a notify run. */
public record NotifyOutcome(String user, Status status, String reason) {
    public enum Status {
        /** Granted the notifying TeamsUpgradePolicy: their client shows the pending upgrade. */
        NOTIFIED,
        /** Nothing to do: already homed online (on-premises policies "will not apply to any users that are already homed online"). */
        SKIPPED,
        FAILED
    }
}
