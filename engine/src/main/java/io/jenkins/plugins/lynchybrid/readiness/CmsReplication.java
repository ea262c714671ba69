package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.time.Duration;
import java.util.List;

/**
 * The judgement of Central Management Store replication. A replica behind right after a change is normal: the
 * Replica Replicator Agent applies changes as they come. So a replica behind at the first read is read again after
 * {@link ReadinessOptions#replicationBound()}, and only one still behind then fails. Both reads are
 * Get-CsManagementStoreReplicationStatus, whose UpToDate is the property its page filters on
 * ("Where-Object {$_.UpToDate -eq $False}", Get-CsManagementStoreReplicationStatus.md).
 */
final class CmsReplication {
    static final String SOURCE = "Get-CsManagementStoreReplicationStatus.md (UpToDate), MicrosoftDocs/"
            + "office-docs-powershell skype/skype-ps/SkypeForBusiness";

    private CmsReplication() {}

    static Finding judge(HybridFacts facts) throws Exception {
        List<PsObject> replicas = facts.replicationStatus();
        if (replicas.isEmpty()) {
            return Finding.unmet(
                    "Get-CsManagementStoreReplicationStatus returned no replica",
                    "Check the Central Management Store: Get-CsManagementStoreReplicationStatus"
                            + " -CentralManagementStoreStatus.");
        }
        List<String> behind = behind(replicas);
        if (behind.isEmpty()) {
            return Finding.met(replicas.size() + " replica(s) UpToDate=True");
        }
        Duration bound = facts.options().replicationBound();
        facts.options().pause().pause(bound);
        List<String> stillBehind = behind(facts.replicationStatusNow());
        String waited = "after " + bound.toSeconds() + " s";
        if (stillBehind.isEmpty()) {
            return Finding.met("UpToDate=False on " + String.join(", ", behind) + ", UpToDate=True on every replica "
                    + waited + " (a change was replicating)");
        }
        return Finding.unmet(
                "UpToDate=False on " + String.join(", ", stillBehind) + ", still " + waited,
                "Invoke-CsManagementStoreReplication -ReplicaFqdn " + stillBehind.get(0)
                        + " (start the Lync Server Replica Replicator Agent service there if it stays"
                        + " behind), then re-run Get-CsManagementStoreReplicationStatus.");
    }

    private static List<String> behind(List<PsObject> replicas) {
        return replicas.stream()
                .filter(r -> !r.flag("UpToDate").orElse(false))
                .map(r -> r.text("ReplicaFqdn").orElse("(unnamed replica)"))
                .toList();
    }
}
