package io.jenkins.plugins.lynchybrid.configure;

import java.util.List;
import java.util.Optional;

/**
 * Whether the Central Management Store's replicas caught up with the on-premises changes.
 *
 * @param polls how many times Get-CsManagementStoreReplicationStatus was asked
 * @param lagging the replicas still not up to date at the last poll
 * @param error why the status could not be read, when it could not
 */
public record ReplicationReport(boolean upToDate, int polls, List<String> lagging, Optional<String> error) {
    public ReplicationReport {
        lagging = List.copyOf(lagging);
    }

    /**
     * One line for the reports: up to date, behind (and which replicas), or unknown because the status could not be
     * read. "Not up to date" would claim a state nobody saw.
     */
    public String summary() {
        if (upToDate) {
            return "Central Management Store replication up to date after " + polls + " poll(s)";
        }
        return error.map(e -> "Central Management Store replication status could not be read: " + e)
                .orElse("Central Management Store replication not up to date after " + polls + " poll(s); still"
                        + " behind: " + String.join(", ", lagging));
    }

    /** Why this report stops the apply; empty when the replicas are up to date. */
    Optional<String> failure() {
        if (upToDate) {
            return Optional.empty();
        }
        String why = error.map(e -> "its replication status could not be read (" + e + ")")
                .orElse("it did not replicate the on-premises changes after " + polls + " polls; still behind: "
                        + String.join(", ", lagging));
        return Optional.of("Central Management Store: " + why
                + ". The tenant was not changed: re-run configure once replication completes");
    }
}
