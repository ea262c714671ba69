package io.jenkins.plugins.lynchybrid.configure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.shell.CommandLine;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.FederationChoice;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The planner's rules on read-back objects shaped as the Lync cmdlets write them. */
class PlannerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String EDGE =
            "{\"Identity\":\"Global\",\"AllowFederatedUsers\":true,\"AllowOutsideUsers\":true,"
                    + "\"EnablePartnerDiscovery\":true}";
    private static final String LYNC_ONLINE = "{\"Identity\":\"LyncOnline\",\"ProxyFqdn\":\"sipfed.online.lync.com\","
            + "\"Enabled\":true,\"EnabledSharedAddressSpace\":true,\"HostsOCSUsers\":true,"
            + "\"VerificationLevel\":\"UseSourceVerification\",\"IsLocal\":false,"
            + "\"AutodiscoverUrl\":\"https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root\"}";
    private static final String EXCHANGE_ONLINE =
            "{\"Identity\":\"Exchange Online\",\"ProxyFqdn\":\"exap.um.outlook.com\","
                    + "\"Enabled\":true,\"EnabledSharedAddressSpace\":true,\"HostsOCSUsers\":false,"
                    + "\"VerificationLevel\":\"UseSourceVerification\",\"IsLocal\":false,\"AutodiscoverUrl\":null}";
    private static final String POLICY = "{\"Identity\":\"Global\",\"EnableFederationAccess\":true}";
    private static final String TENANT =
            "{\"Identity\":\"Global\",\"AllowFederatedUsers\":true," + "\"SharedSipAddressSpace\":true}";

    @Test
    void aConfiguredHybridNeedsNoChange() {
        assertTrue(plan(ServerVersion.LYNC_2013, state(EDGE, List.of(LYNC_ONLINE, EXCHANGE_ONLINE), POLICY, TENANT))
                .isEmpty());
    }

    @Test
    void eachWrongEdgeSettingIsOneSetCallWithThatParameterOnly() {
        String edge = "{\"AllowFederatedUsers\":false,\"AllowOutsideUsers\":true,\"EnablePartnerDiscovery\":false}";
        Plan plan = plan(ServerVersion.LYNC_2013, state(edge, List.of(LYNC_ONLINE), POLICY, TENANT));

        assertEquals(
                List.of(
                        "Set-CsAccessEdgeConfiguration -Identity 'Global' -AllowFederatedUsers:$true",
                        "Set-CsAccessEdgeConfiguration -UseDnsSrvRouting:$true -EnablePartnerDiscovery:$true"),
                commands(plan));
        assertEquals(false, plan.changes().get(0).from());
        assertEquals(true, plan.changes().get(0).to());
    }

    @Test
    void aDefaultRouteIsReplacedWithDnsSrvRoutingAndPartnerDiscoveryInOneCall() {
        String defaultRoute = "{\"Identity\":\"Global\",\"AllowFederatedUsers\":true,\"AllowOutsideUsers\":true,"
                + "\"DefaultRouteFqdn\":\"edge.fabrikam.com\"}";
        Plan plan = plan(ServerVersion.LYNC_2013, state(defaultRoute, List.of(LYNC_ONLINE), POLICY, TENANT));

        assertEquals(
                List.of("Set-CsAccessEdgeConfiguration -UseDnsSrvRouting:$true -EnablePartnerDiscovery:$true"),
                commands(plan));
        assertEquals("EnablePartnerDiscovery", plan.changes().get(0).property());
    }

    @Test
    void aMissingProviderIsCreatedWithEveryHybridValueUnderTheLync2013Identity() {
        Plan plan = plan(ServerVersion.LYNC_2013, state(EDGE, List.of(EXCHANGE_ONLINE), POLICY, TENANT));

        assertEquals(
                List.of(
                        "New-CsHostingProvider -Identity 'LyncOnline' -ProxyFqdn 'sipfed.online.lync.com'"
                                + " -Enabled:$true -EnabledSharedAddressSpace:$true -HostsOCSUsers:$true"
                                + " -VerificationLevel 'UseSourceVerification' -IsLocal:$false"
                                + " -AutodiscoverUrl 'https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root'"),
                commands(plan));
    }

    @Test
    void aTeamsEraSiteCreatesTheProviderAsSkypeForBusinessOnline() {
        Plan plan = plan(ServerVersion.SFB_2019, state(EDGE, List.of(), POLICY, TENANT));

        assertEquals(
                "SkypeforBusinessOnline",
                plan.changes().get(0).call().parameters().get("Identity"));
        assertEquals(Change.Action.CREATE, plan.changes().get(0).action());
    }

    @Test
    void theProviderIsFoundByProxyFqdnWhateverItsIdentity() {
        String renamed = LYNC_ONLINE
                .replace("\"LyncOnline\"", "\"Split domain\"")
                .replace("\"Enabled\":true", "\"Enabled\":false");
        Plan plan = plan(ServerVersion.SFB_2015, state(EDGE, List.of(renamed), POLICY, TENANT));

        assertEquals(List.of("Set-CsHostingProvider -Identity 'Split domain' -Enabled:$true"), commands(plan));
    }

    @Test
    void aLyncOnlineProviderPointingElsewhereIsRemovedAndRecreatedSinceProxyFqdnIsImmutable() {
        String stale = LYNC_ONLINE.replace("sipfed.online.lync.com", "sipfed.online.lync.net");
        Plan plan = plan(ServerVersion.LYNC_2013, state(EDGE, List.of(stale, EXCHANGE_ONLINE), POLICY, TENANT));

        assertEquals(
                List.of(Change.Action.REMOVE, Change.Action.CREATE),
                plan.changes().stream().map(Change::action).toList());
        assertEquals(
                "Remove-CsHostingProvider -Identity 'LyncOnline'",
                commands(plan).get(0));
        assertEquals("sipfed.online.lync.net", plan.changes().get(0).from());
    }

    @Test
    void theExchangeOnlineProviderIsNeverTouched() {
        String exchangeOff = EXCHANGE_ONLINE.replace("\"Enabled\":true", "\"Enabled\":false");
        Plan plan = plan(ServerVersion.LYNC_2013, state(EDGE, List.of(LYNC_ONLINE, exchangeOff), POLICY, TENANT));

        assertTrue(plan.isEmpty());
    }

    @Test
    void aGovernmentCloudSiteWantsItsOwnProxyFqdnAndAutodiscoverUrl() {
        Plan plan = new Planner("gov", DesiredState.forSite(Sites.site(ServerVersion.SFB_2019, Cloud.GCC_HIGH)))
                .plan(state(EDGE, List.of(LYNC_ONLINE), POLICY, TENANT));

        Map<String, Object> created = plan.changes().get(1).call().parameters();
        assertEquals(Change.Action.REMOVE, plan.changes().get(0).action());
        assertEquals("sipfed.online.gov.skypeforbusiness.us", created.get("ProxyFqdn"));
        assertEquals(
                "https://webdir.online.gov.skypeforbusiness.us/Autodiscover/AutodiscoverService.svc/root",
                created.get("AutodiscoverUrl"));
    }

    @Test
    void valuesCompareAsPowerShellDoesIgnoringCaseAndBooleanSpelling() {
        String older = LYNC_ONLINE
                .replace("\"Enabled\":true", "\"Enabled\":\"True\"")
                .replace("UseSourceVerification", "usesourceverification");
        assertTrue(plan(ServerVersion.LYNC_2013, state(EDGE, List.of(older), POLICY, TENANT))
                .isEmpty());
    }

    @Test
    void federationAccessIsSetOnTheGlobalExternalAccessPolicy() {
        Plan plan = plan(
                ServerVersion.LYNC_2013, state(EDGE, List.of(LYNC_ONLINE), POLICY.replace("true", "false"), TENANT));

        assertEquals(
                List.of("Set-CsExternalAccessPolicy -Identity 'Global' -EnableFederationAccess:$true"), commands(plan));
    }

    /**
     * plan-hybrid-connectivity: "Federation must be enabled for the external communications for the online tenant",
     * whatever the on-premises product; readiness requires it on every version, so configure manages it on every one.
     */
    @ParameterizedTest
    @EnumSource(ServerVersion.class)
    void everyVersionTurnsOnTheTenantsAllowFederatedUsers(ServerVersion version) {
        String tenant = "{\"AllowFederatedUsers\":false,\"SharedSipAddressSpace\":false}";
        Plan plan = plan(version, state(EDGE, List.of(LYNC_ONLINE), POLICY, tenant));

        assertEquals(
                List.of(
                        "Set-CsTenantFederationConfiguration -AllowFederatedUsers:$true",
                        "Set-CsTenantFederationConfiguration -SharedSipAddressSpace:$true"),
                commands(plan));
    }

    @Test
    void aSiteThatStatesNoChoiceLeavesPartnerDiscoveryAndTheGlobalPolicyAsTheyAre() {
        String closedEdge = EDGE.replace("\"EnablePartnerDiscovery\":true", "\"EnablePartnerDiscovery\":false");
        HybridSite unstated = Sites.unstated(ServerVersion.SFB_2019, Cloud.WORLDWIDE);
        Plan plan = new Planner("contoso", DesiredState.forSite(unstated))
                .plan(state(closedEdge, List.of(LYNC_ONLINE), POLICY.replace("true", "false"), TENANT));

        assertEquals(List.of(), commands(plan));
    }

    @Test
    void aSiteThatChoosesClosedFederationTurnsPartnerDiscoveryOffWithDnsSrvRouting() {
        HybridSite closed = Sites.unstated(ServerVersion.SFB_2019, Cloud.WORLDWIDE)
                .withFederation(new FederationChoice(Optional.of(false), Optional.empty()));
        Plan plan = new Planner("contoso", DesiredState.forSite(closed))
                .plan(state(EDGE, List.of(LYNC_ONLINE), POLICY, TENANT));

        assertEquals(
                List.of("Set-CsAccessEdgeConfiguration -UseDnsSrvRouting:$true -EnablePartnerDiscovery:$false"),
                commands(plan));
    }

    @Test
    void aSiteThatKeepsTheGlobalPolicyFromFederatingTurnsItOff() {
        HybridSite site = Sites.unstated(ServerVersion.LYNC_2013, Cloud.WORLDWIDE)
                .withFederation(new FederationChoice(Optional.empty(), Optional.of(false)));
        Plan plan = new Planner("contoso", DesiredState.forSite(site))
                .plan(state(EDGE, List.of(LYNC_ONLINE), POLICY, TENANT));

        assertEquals(
                List.of("Set-CsExternalAccessPolicy -Identity 'Global' -EnableFederationAccess:$false"),
                commands(plan));
    }

    @Test
    void changesAreOrderedEdgeThenProviderThenPolicyThenTenant() {
        CurrentState nothing = state("{}", List.of(), "{}", "{}");
        List<Resource> order = plan(ServerVersion.LYNC_2013, nothing).changes().stream()
                .map(Change::resource)
                .distinct()
                .toList();

        assertEquals(
                List.of(
                        Resource.ACCESS_EDGE,
                        Resource.HOSTING_PROVIDER,
                        Resource.EXTERNAL_ACCESS_POLICY,
                        Resource.TENANT_FEDERATION),
                order);
    }

    private static Plan plan(ServerVersion version, CurrentState state) {
        return new Planner("contoso", DesiredState.forSite(Sites.site(version, Cloud.WORLDWIDE))).plan(state);
    }

    private static List<String> commands(Plan plan) {
        return plan.changes().stream().map(c -> CommandLine.of(c.call())).toList();
    }

    private static CurrentState state(String edge, List<String> providers, String policy, String tenant) {
        List<PsObject> objects = new ArrayList<>();
        providers.forEach(p -> objects.add(ps(p)));
        return new CurrentState(ps(edge), objects, ps(policy), ps(tenant));
    }

    private static PsObject ps(String json) {
        try {
            return new PsObject((ObjectNode) JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
