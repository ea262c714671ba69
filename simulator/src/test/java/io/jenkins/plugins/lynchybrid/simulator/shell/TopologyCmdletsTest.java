package io.jenkins.plugins.lynchybrid.simulator.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import org.junit.jupiter.api.Test;

class TopologyCmdletsTest {
    private final World world = new World(5, "pw".toCharArray());
    private final Calls shell = new Calls(new ShellService(world));

    @Test
    void getServiceEdgeServerListsOnlyEdgePoolsWithTheDocumentedProperties() {
        var edges = shell.objects("Get-CsService", "EdgeServer", true);
        assertEquals(1, edges.size());
        assertEquals(
                "EdgeServer:" + World.EDGE_POOL_FQDN,
                edges.get(0).get("Identity").asText());
        assertFalse(edges.get(0).has("IsFederationEnabled"), "no page documents IsFederationEnabled");
    }

    @Test
    void theSiteNamesTheFederatingEdgeInItsFederationRoute() {
        assertEquals(
                "EdgeServer:" + World.EDGE_POOL_FQDN,
                shell.objects("Get-CsSite").get(0).get("FederationRoute").asText());
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
    void serverPatchVersionCarriesTheBuildOnSkypeForBusinessServer() {
        world.change(w -> w.install(ServerProduct.SFB_2015));
        assertEquals(
                "6.0.9319.619",
                shell.objects("Get-CsServerPatchVersion").get(0).get("Version").asText());
    }

    @Test
    void serverPatchVersionDoesNotExistOnLyncServer2013() {
        ShellReply.Error error = shell.error("Get-CsServerPatchVersion");
        assertEquals("CommandNotFoundException", error.errorId());
        assertTrue(error.message().startsWith("The term 'Get-CsServerPatchVersion' is not recognized"));
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
