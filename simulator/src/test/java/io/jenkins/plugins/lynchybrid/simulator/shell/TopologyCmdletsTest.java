package io.jenkins.plugins.lynchybrid.simulator.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import org.junit.jupiter.api.Test;

class TopologyCmdletsTest {
    private final World world = new World(5, "pw".toCharArray());
    private final Calls shell = new Calls(new ShellService(world));

    @Test
    void getServiceEdgeServerListsOnlyEdgePools() {
        var edges = shell.objects("Get-CsService", "EdgeServer", true);
        assertEquals(1, edges.size());
        assertEquals(
                World.ACCESS_EDGE_FQDN,
                edges.get(0).get("AccessEdgeExternalFqdn").asText());
    }

    @Test
    void getServiceRegistrarListsTheFrontEndPool() {
        assertEquals(
                World.POOL_FQDN,
                shell.objects("Get-CsService", "Registrar", true)
                        .get(0)
                        .get("PoolFqdn")
                        .asText());
    }

    @Test
    void replicationStatusReportsEveryReplica() {
        var replicas = shell.objects("Get-CsManagementStoreReplicationStatus");
        assertEquals(3, replicas.size());
        assertTrue(replicas.stream().allMatch(r -> r.get("UpToDate").asBoolean()));
    }

    @Test
    void allowedDomainsAreListedAsDomainObjects() {
        world.change(w -> w.allowedDomains().add("fabrikam.com"));
        assertEquals(
                "fabrikam.com",
                shell.objects("Get-CsAllowedDomain").get(0).get("Domain").asText());
    }

    @Test
    void blockedDomainsAreEmptyByDefault() {
        assertTrue(shell.objects("Get-CsBlockedDomain").isEmpty());
    }

    @Test
    void serverVersionIsOneStringWrappedAsValue() {
        assertEquals(
                world.agent().get("ServerVersion"),
                shell.objects("Get-CsServerVersion").get(0).get("Value").asText());
    }

    @Test
    void serverPatchVersionCarriesTheBuild() {
        assertEquals(
                "5.0.8308.1182",
                shell.objects("Get-CsServerPatchVersion").get(0).get("Version").asText());
    }

    @Test
    void getModuleReportsTheMicrosoftTeamsVersionOfTheAgent() {
        var module = shell.objects("Get-Module", "ListAvailable", true, "Name", "MicrosoftTeams")
                .get(0);
        assertEquals("MicrosoftTeams", module.get("Name").asText());
        assertEquals("6.9.0", module.get("Version").asText());
    }

    @Test
    void getModuleIsEmptyWhenTheAgentLacksTheModule() {
        world.change(w -> w.agent().put("MicrosoftTeamsModuleVersion", null));
        assertTrue(shell.objects("Get-Module", "ListAvailable", true, "Name", "MicrosoftTeams")
                .isEmpty());
    }
}
