package io.jenkins.plugins.lynchybrid.configure;

import java.util.List;
import java.util.Optional;

/**
 * What one apply did: every planned change with its status, the replication wait, and why it stopped early.
 *
 * @param replication present when on-premises changes were made and their replication awaited
 * @param failure why the apply stopped before the end of the plan; empty when every change was applied
 */
public record ApplyOutcome(
        List<ChangeOutcome> changes, Optional<ReplicationReport> replication, Optional<String> failure) {

    public ApplyOutcome {
        changes = List.copyOf(changes);
    }

    public boolean completed() {
        return failure.isEmpty();
    }

    public long count(ChangeOutcome.Status status) {
        return changes.stream().filter(c -> c.status() == status).count();
    }
}
