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
