package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pool server's own build against Microsoft's minimum for moves, read on each server. */
class PoolServerBuildsTest {

    private static CheckResult serverBuild(
            Scenario scenario, ServerVersion version, java.util.function.Consumer<World> change) throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(scenario, 5, Faults.none(), version)) {
            hybrid.world().change(change);
            return hybrid.run(ReadinessOptions.defaults()).results().stream()
                    .filter(r -> r.id().equals(OnPremisesChecks.SERVER_BUILD))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @ParameterizedTest
    @EnumSource(ServerVersion.class)
    void aPoolWithOneServerBelowTheMinimumFailsNamingThatServerAndItsBuild(ServerVersion version) throws Exception {
        CheckResult result = serverBuild(Scenario.POOL_SERVER_BELOW_MINIMUM, version, w -> {});

        String minimum = version.minimumBuildForMoves();
        String below = minimum.substring(0, minimum.lastIndexOf('.') + 1)
                + (Integer.parseInt(minimum.substring(minimum.lastIndexOf('.') + 1)) - 1);
        assertEquals(Status.FAIL, result.status(), result.evidence());
        assertTrue(
                result.evidence()
                        .startsWith(World.OUTDATED_SERVER + " " + below + " is below " + version.productName()),
                result.evidence());
        assertTrue(
                result.remediation().endsWith("on " + World.OUTDATED_SERVER + ", then run readiness again."),
                result.remediation());
    }

    @ParameterizedTest
    @EnumSource(ServerVersion.class)
    void aPoolWhoseServersAreAllAtOrAboveTheMinimumPassesListingEachServersBuild(ServerVersion version)
            throws Exception {
        CheckResult result =
                serverBuild(Scenario.HEALTHY, version, w -> w.serverBuilds().put("fe02.contoso.com", "9.0.0.1"));

        assertEquals(Status.PASS, result.status(), result.evidence());
        assertTrue(
                result.evidence()
                        .startsWith("pool " + World.POOL_FQDN + ": fe01.contoso.com " + version.minimumBuildForMoves()
                                + "; fe02.contoso.com 9.0.0.1; minimum for moves"),
                result.evidence());
    }

    @Test
    void aServerThatDoesNotAnswerRemotingIsReportedUnknownAndWarns() throws Exception {
        CheckResult result = serverBuild(
                Scenario.HEALTHY, ServerVersion.SFB_2015, w -> w.serverBuilds().put("fe02.contoso.com", null));

        assertEquals(Status.WARN, result.status(), result.evidence());
        assertTrue(
                result.evidence()
                        .contains(
                                "fe02.contoso.com unknown (Read-PoolServerBuild: Connecting to remote server fe02.contoso.com"),
                result.evidence());
        assertTrue(
                result.remediation().startsWith("Read the build on fe02.contoso.com by hand (Get-CsServerPatchVersion"),
                result.remediation());
    }

    @Test
    void anUnreachableServerNeverHidesAnotherBelowTheMinimum() throws Exception {
        CheckResult result = serverBuild(
                Scenario.POOL_SERVER_BELOW_MINIMUM,
                ServerVersion.SFB_2019,
                w -> w.serverBuilds().put("fe02.contoso.com", null));

        assertEquals(Status.FAIL, result.status(), result.evidence());
        assertTrue(result.evidence().startsWith(World.OUTDATED_SERVER + " 7.0.2046.384 is below"), result.evidence());
        assertTrue(result.evidence().contains("fe02.contoso.com unknown"), result.evidence());
    }

    @Test
    void onLyncServer2013TheInstalledCoreComponentsVersionIsReadNotGetCsServerPatchVersion() throws Exception {
        try (SimulatedReadiness hybrid =
                SimulatedReadiness.start(Scenario.HEALTHY, 5, Faults.none(), ServerVersion.LYNC_2013)) {
            hybrid.run(ReadinessOptions.defaults());

            assertEquals(List.of(), hybrid.world().read(w -> List.copyOf(w.refusedCalls())));
        }
        CheckResult result = serverBuild(Scenario.HEALTHY, ServerVersion.LYNC_2013, w -> {});
        assertEquals(Status.PASS, result.status(), result.evidence());
    }
}
