package io.jenkins.plugins.lynchybrid.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.errors.HybridException;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A national cloud's tenant is signed in to its own Teams environment: the site's cloud decides
 * Connect-MicrosoftTeams' -TeamsEnvironmentName (Connect-MicrosoftTeams.md: TeamsGCCH, TeamsDOD, TeamsChina).
 */
class TeamsEnvironmentTest {
    private static final String PASSWORD = "tenant-admin-pw";

    private final SimulatedShellHost simulated = new SimulatedShellHost(gccHighWorld());

    private static World gccHighWorld() {
        World world = new World(3, PASSWORD.toCharArray());
        Scenario.GCC_HIGH_TENANT.apply(world);
        return world;
    }

    @AfterEach
    void closeSimulator() {
        simulated.close();
    }

    private HybridConnections connections(Cloud cloud) {
        HybridSite site = TestSites.contoso(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                cloud,
                ServerVersion.SFB_2019,
                simulated.settings(1, Duration.ofSeconds(30)));
        return new HybridConnections(
                site,
                new AccountCredential(World.ADMIN_USERNAME, PASSWORD.toCharArray()),
                Optional.empty(),
                Optional.empty(),
                new LocalProcessLauncher(),
                notice -> {});
    }

    @Test
    void aGccHighSiteConnectsToTheTeamsGcchEnvironment() throws Exception {
        try (HybridConnections connections = connections(Cloud.GCC_HIGH)) {
            connections.shell().run(Calls.getAccessEdge());
        }

        assertEquals(List.of("TeamsGCCH"), simulated.world().read(w -> List.copyOf(w.teamsConnections())));
    }

    @Test
    void aSiteThatSaysWorldwideCannotSignInToAGccHighTenant() throws Exception {
        try (HybridConnections connections = connections(Cloud.WORLDWIDE)) {
            HybridException refused = assertThrows(HybridException.class, connections::shell);
            assertTrue(refused.getMessage().contains("it is in TeamsGCCH"), refused.getMessage());
        }
        assertEquals(List.of(""), simulated.world().read(w -> List.copyOf(w.teamsConnections())));
    }

    @Test
    void eachNationalCloudNamesItsEnvironmentAndWorldwideNone() {
        assertEquals(Optional.of("TeamsGCCH"), Cloud.GCC_HIGH.teamsEnvironmentName());
        assertEquals(Optional.of("TeamsDOD"), Cloud.DOD.teamsEnvironmentName());
        assertEquals(Optional.of("TeamsChina"), Cloud.CHINA.teamsEnvironmentName());
        assertEquals(Optional.empty(), Cloud.WORLDWIDE.teamsEnvironmentName());
    }
}
