package io.jenkins.plugins.lynchybrid.simulator.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigCmdletsTest {
    private final World world = new World(5, "pw".toCharArray());
    private final Calls shell = new Calls(new ShellService(world));

    @Test
    void getHostingProviderListsBothProvidersWithTheirRealProperties() {
        List<ObjectNode> providers = shell.objects("Get-CsHostingProvider");
        assertEquals(2, providers.size());
        ObjectNode lyncOnline = providers.get(0);
        assertEquals(World.SIPFED, lyncOnline.get("ProxyFqdn").asText());
        assertTrue(lyncOnline.get("EnabledSharedAddressSpace").asBoolean());
        assertEquals(
                "UseSourceVerification", lyncOnline.get("VerificationLevel").asText());
    }

    @Test
    void newHostingProviderCreatesOneWithTheGivenValuesAndRecordsTheChange() {
        Scenario.HOSTING_PROVIDER_MISSING.apply(world);
        shell.objects(
                "New-CsHostingProvider",
                withMandatory(
                        "SkypeforBusinessOnline",
                        "VerificationLevel",
                        "UseSourceVerification",
                        "IsLocal",
                        false,
                        "AutodiscoverUrl",
                        World.AUTODISCOVER_URL));
        ObjectNode created = shell.objects("Get-CsHostingProvider", "Identity", "SkypeforBusinessOnline")
                .get(0);
        assertTrue(created.get("HostsOCSUsers").asBoolean());
        assertEquals(World.AUTODISCOVER_URL, created.get("AutodiscoverUrl").asText());
        assertEquals("New-CsHostingProvider", world.changes().get(0).operation());
    }

    @Test
    void newHostingProviderWithAnExistingIdentityFails() {
        ShellReply.Error error = shell.error("New-CsHostingProvider", withMandatory("LyncOnline"));
        assertTrue(error.message().contains("already exists"), error.message());
    }

    /** New-CsHostingProvider's mandatory parameters (its page), for the provider {@code identity}, then {@code more}. */
    private static Object[] withMandatory(String identity, Object... more) {
        List<Object> pairs = new ArrayList<>(List.of(
                "Identity",
                identity,
                "ProxyFqdn",
                World.SIPFED,
                "Enabled",
                true,
                "EnabledSharedAddressSpace",
                true,
                "HostsOCSUsers",
                true));
        pairs.addAll(Arrays.asList(more));
        return pairs.toArray();
    }

    @Test
    void setHostingProviderChangesAMutableValue() {
        shell.objects("Set-CsHostingProvider", "Identity", "LyncOnline", "Enabled", false);
        assertFalse(shell.objects("Get-CsHostingProvider", "Identity", "LyncOnline")
                .get(0)
                .get("Enabled")
                .asBoolean());
    }

    @Test
    void setHostingProviderCannotChangeTheProxyFqdn() {
        ShellReply.Error error =
                shell.error("Set-CsHostingProvider", "Identity", "LyncOnline", "ProxyFqdn", "sipfed.example.com");
        assertEquals("A parameter cannot be found that matches parameter name 'ProxyFqdn'.", error.message());
    }

    @Test
    void removeHostingProviderDeletesIt() {
        shell.objects("Remove-CsHostingProvider", "Identity", "LyncOnline", "Confirm", false);
        assertEquals(1, shell.objects("Get-CsHostingProvider").size());
    }

    @Test
    void removingAnUnknownHostingProviderIsNotFound() {
        assertEquals(
                "Management object not found for identity \"Nope\".",
                shell.error("Remove-CsHostingProvider", "Identity", "Nope").message());
    }

    @Test
    void setAccessEdgeConfigurationInItsDnsSrvRoutingSetTurnsFederationAndPartnerDiscoveryOn() {
        Scenario.EDGE_FEDERATION_OFF.apply(world);
        shell.objects(
                "Set-CsAccessEdgeConfiguration",
                "AllowOutsideUsers",
                true,
                "AllowFederatedUsers",
                true,
                "UseDnsSrvRouting",
                true,
                "EnablePartnerDiscovery",
                true);
        ObjectNode edge = shell.objects("Get-CsAccessEdgeConfiguration").get(0);
        assertTrue(edge.get("AllowFederatedUsers").asBoolean());
        assertTrue(edge.get("EnablePartnerDiscovery").asBoolean());
        assertFalse(edge.has("DefaultRouteFqdn"), "a DNS SRV routing object has no default route");
        assertFalse(edge.has("RoutingMethod"), "no page documents RoutingMethod");
    }

    @Test
    void defaultRoutingIsRefusedWhileHostingProvidersExist() {
        ShellReply.Error error = shell.error(
                "Set-CsAccessEdgeConfiguration", "UseDefaultRouting", true, "DefaultRouteFqdn", "edge.example.com");
        assertTrue(error.message().contains("Remove every hosting provider first"), error.message());
    }

    @Test
    void setTenantFederationConfigurationEnablesSharedSipAddressSpaceOnTheTenantSide() {
        Scenario.SHARED_SIP_OFF.apply(world);
        shell.objects("Set-CsTenantFederationConfiguration", "SharedSipAddressSpace", true);
        assertTrue(shell.objects("Get-CsTenantFederationConfiguration")
                .get(0)
                .get("SharedSipAddressSpace")
                .asBoolean());
        assertEquals("tenant", world.changes().get(0).side());
    }

    @Test
    void setExternalAccessPolicyDefaultsToTheGlobalPolicy() {
        Scenario.UNCONFIGURED.apply(world);
        shell.objects("Set-CsExternalAccessPolicy", "EnableFederationAccess", true);
        assertTrue(shell.objects("Get-CsExternalAccessPolicy", "Identity", "Global")
                .get(0)
                .get("EnableFederationAccess")
                .asBoolean());
    }

    @Test
    void anUnknownExternalAccessPolicyIsNotFound() {
        assertEquals(
                "Management object not found for identity \"Tag:Nope\".",
                shell.error("Get-CsExternalAccessPolicy", "Identity", "Tag:Nope")
                        .message());
    }

    @Test
    void getConferencingPolicyWithoutArgumentsListsGlobalWithDialInOffAndTheDialInTagPolicy() {
        List<ObjectNode> policies = shell.objects("Get-CsConferencingPolicy");

        assertEquals(
                List.of("Global", "Tag:" + World.DIAL_IN_POLICY),
                policies.stream().map(p -> p.get("Identity").asText()).toList());
        assertFalse(policies.get(0).get("EnableDialInConferencing").asBoolean());
        assertTrue(policies.get(1).get("EnableDialInConferencing").asBoolean());
    }

    @Test
    void getConferencingPolicyFindsAPerUserPolicyByItsNameWithOrWithoutTheTagPrefix() {
        for (String identity : List.of(World.DIAL_IN_POLICY, "Tag:" + World.DIAL_IN_POLICY)) {
            List<ObjectNode> found = shell.objects("Get-CsConferencingPolicy", "Identity", identity);
            assertEquals(1, found.size());
            assertEquals(
                    "Tag:" + World.DIAL_IN_POLICY, found.get(0).get("Identity").asText());
        }
    }

    @Test
    void getConferencingPolicyFiltersOnTheIdentity() {
        List<ObjectNode> tagged = shell.objects("Get-CsConferencingPolicy", "Filter", "tag:*");
        assertEquals(
                List.of("Tag:" + World.DIAL_IN_POLICY),
                tagged.stream().map(p -> p.get("Identity").asText()).toList());
    }

    @Test
    void anUnknownConferencingPolicyIsNotFound() {
        assertEquals(
                "ObjectNotFound",
                shell.error("Get-CsConferencingPolicy", "Identity", "Site:Nowhere")
                        .category());
    }
}
