package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A replica behind once is read again after the bound; only one still behind then fails. The wait moves the
 * simulated world's clock, so nothing here sleeps.
 */
class CmsReplicationTest {

    private static CheckResult replication(Scenario scenario) throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(scenario)) {
            Instant before = hybrid.world().now();
            CheckResult result = hybrid.run(ReadinessOptions.defaults()).results().stream()
                    .filter(r -> r.id().equals(OnPremisesChecks.CMS_REPLICATION))
                    .findFirst()
                    .orElseThrow();
            Duration waited = Duration.between(before, hybrid.world().now());
            assertTrue(waited.compareTo(ReadinessOptions.DEFAULT_REPLICATION_BOUND) >= 0, "waited " + waited);
            return result;
        }
    }

    @Test
    void aReplicaBehindRightAfterAChangeThatCatchesUpWithinTheBoundPasses() throws Exception {
        CheckResult result = replication(Scenario.REPLICA_CATCHING_UP);

        assertEquals(Status.PASS, result.status(), result.evidence());
        assertEquals(
                "UpToDate=False on " + World.EDGE_REPLICA + ", UpToDate=True on every replica after 40 s (a change"
                        + " was replicating)",
                result.evidence());
    }

    @Test
    void aReplicaStillBehindAfterTheBoundFailsNamingIt() throws Exception {
        CheckResult result = replication(Scenario.REPLICA_LAGGING);

        assertEquals(Status.FAIL, result.status());
        assertEquals("UpToDate=False on " + World.EDGE_REPLICA + ", still after 40 s", result.evidence());
        assertTrue(
                result.remediation()
                        .startsWith("Invoke-CsManagementStoreReplication -ReplicaFqdn " + World.EDGE_REPLICA),
                result.remediation());
    }

    @Test
    void replicasAllUpToDateAtTheFirstReadPassWithoutWaiting() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            Instant before = hybrid.world().now();
            CheckResult result = hybrid.run(ReadinessOptions.defaults()).results().stream()
                    .filter(r -> r.id().equals(OnPremisesChecks.CMS_REPLICATION))
                    .findFirst()
                    .orElseThrow();

            assertEquals(Status.PASS, result.status());
            Duration waited = Duration.between(before, hybrid.world().now());
            assertTrue(waited.compareTo(ReadinessOptions.DEFAULT_REPLICATION_BOUND) < 0, "waited " + waited);
        }
    }
}
