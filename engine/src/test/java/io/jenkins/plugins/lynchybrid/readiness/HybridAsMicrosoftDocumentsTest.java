package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.DnsRecord;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.FederationChoice;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Readiness judged as Microsoft's current hybrid pages ask: AD FS only for Federated domains (Graph's domain
 * resource), every SIP domain's records by the Access Edge addresses they resolve to (plan-hybrid-connectivity),
 * and federation openness and the Global external access policy as the site file chooses.
 */
class HybridAsMicrosoftDocumentsTest {
    private static final List<String> ADFS_CHECKS =
            List.of(TenantChecks.ADFS_METADATA, TenantChecks.SSO_MATCHES_ADFS, TenantChecks.ADFS_SIGNING_CERTIFICATE);

    private static Map<String, CheckResult> run(Scenario scenario) throws IOException {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(scenario)) {
            return byId(hybrid.run(ReadinessOptions.defaults()));
        }
    }

    private static Map<String, CheckResult> byId(ReadinessReport report) {
        return report.results().stream().collect(Collectors.toMap(CheckResult::id, Function.identity()));
    }

    @Test
    void aManagedTenantPassesReadinessWithTheAdfsChecksNotApplicable() throws IOException {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.MANAGED_TENANT)) {
            ReadinessReport report = hybrid.run(ReadinessOptions.defaults());
            Map<String, CheckResult> results = byId(report);

            assertTrue(report.ready(FailOn.WARN), () -> ReadinessConsole.render(report, FailOn.WARN));
            CheckResult federated = results.get(TenantChecks.DOMAIN_FEDERATED);
            assertEquals(Status.SKIPPED, federated.status(), federated.evidence());
            assertTrue(
                    federated.evidence().contains(World.SIP_DOMAIN + " authenticationType=Managed"),
                    federated.evidence());
            assertEquals("", federated.remediation(), "a Managed domain must not be told to federate");
            for (String id : ADFS_CHECKS) {
                CheckResult adfs = results.get(id);
                assertEquals(Status.SKIPPED, adfs.status(), id + ": " + adfs.evidence());
                assertTrue(adfs.evidence().startsWith("not applicable"), id + ": " + adfs.evidence());
                assertEquals("", adfs.remediation(), id + " asks for a fix that does not apply");
            }
            assertEquals(
                    0,
                    hybrid.cloudRequests("GET", "/v1.0/domains/" + World.SIP_DOMAIN + "/federationConfiguration"),
                    "a Managed domain has no federation configuration to read");
        }
    }

    @Test
    void aMixedTenantJudgesAdfsForItsFederatedDomainOnly() throws IOException {
        Map<String, CheckResult> results = run(Scenario.DOMAIN_NOT_FEDERATED);

        CheckResult federated = results.get(TenantChecks.DOMAIN_FEDERATED);
        assertEquals(Status.PASS, federated.status(), federated.evidence());
        assertTrue(
                federated
                        .evidence()
                        .contains("AD FS signs in: " + World.SECOND_SIP_DOMAIN + " authenticationType=Federated"),
                federated.evidence());
        assertTrue(
                federated.evidence().contains("not AD FS: " + World.SIP_DOMAIN + " authenticationType=Managed"),
                federated.evidence());
        ADFS_CHECKS.forEach(id -> assertEquals(Status.PASS, results.get(id).status(), id));
    }

    /** Graph documents only Managed and Federated; anything else is reported, never taken for either. */
    @Test
    void anAuthenticationTypeGraphDoesNotDocumentFails() throws IOException {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            hybrid.world().change(w -> w.domains().get(World.SIP_DOMAIN).put("authenticationType", "Unknown"));

            CheckResult federated =
                    byId(hybrid.run(ReadinessOptions.defaults())).get(TenantChecks.DOMAIN_FEDERATED);

            assertEquals(Status.FAIL, federated.status(), federated.evidence());
            assertTrue(federated.evidence().contains(World.SIP_DOMAIN + " authenticationType=Unknown"));
            assertFalse(federated.remediation().contains("New-MgDomainFederationConfiguration"));
        }
    }

    @Test
    void twoSipDomainsEachWithItsOwnSipNameOnTheAccessEdgePass() throws IOException {
        Map<String, CheckResult> results = run(Scenario.OWN_SIP_NAMES);
        String own = "sip." + World.SECOND_SIP_DOMAIN;

        for (String id : List.of(DnsChecks.FEDERATION_SRV, DnsChecks.CLIENT_SRV, DnsChecks.SIP_HOST)) {
            assertEquals(
                    Status.PASS,
                    results.get(id).status(),
                    id + ": " + results.get(id).evidence());
        }
        assertTrue(
                results.get(DnsChecks.CLIENT_SRV)
                        .evidence()
                        .contains("_sip._tls." + World.SECOND_SIP_DOMAIN + " SRV " + own + ":443"),
                results.get(DnsChecks.CLIENT_SRV).evidence());
        assertTrue(
                results.get(DnsChecks.FEDERATION_SRV)
                        .evidence()
                        .contains("_sipfederationtls._tcp." + World.SECOND_SIP_DOMAIN + " SRV " + own + ":5061"),
                results.get(DnsChecks.FEDERATION_SRV).evidence());
        assertTrue(
                results.get(DnsChecks.SIP_HOST).evidence().contains(own + " = " + World.ACCESS_EDGE_ADDRESS),
                results.get(DnsChecks.SIP_HOST).evidence());
    }

    @Test
    void aClientSrvOnTheFederationPortFails() throws IOException {
        assertFails(
                Scenario.SRV_WRONG_PORT,
                DnsChecks.CLIENT_SRV,
                "sip." + World.SECOND_SIP_DOMAIN + ":5061 uses port 5061, not 443");
    }

    @Test
    void aFederationSrvLeadingToAnAddressThatIsNotTheAccessEdgeFails() throws IOException {
        assertFails(
                Scenario.SRV_NOT_EDGE,
                DnsChecks.FEDERATION_SRV,
                "sipold." + World.SECOND_SIP_DOMAIN + " resolves to " + World.RETIRED_EDGE_ADDRESS
                        + ", not the Access Edge " + World.ACCESS_EDGE_FQDN);
    }

    @Test
    void aFederationSrvWhoseTargetDoesNotResolveFails() throws IOException {
        assertFails(
                Scenario.SRV_TARGET_UNRESOLVED,
                DnsChecks.FEDERATION_SRV,
                "gone." + World.SECOND_SIP_DOMAIN + " does not resolve (NXDOMAIN");
    }

    private static void assertFails(Scenario scenario, String check, String evidence) throws IOException {
        CheckResult result = run(scenario).get(check);

        assertEquals(Status.FAIL, result.status(), result.evidence());
        assertTrue(result.evidence().contains(evidence), result.evidence());
        assertFalse(result.remediation().isBlank(), check + " fails without a fix");
    }

    @Test
    void aSipHostLeadingElsewhereThanTheAccessEdgeOnlyWarns() throws IOException {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.OWN_SIP_NAMES)) {
            String own = "sip." + World.SECOND_SIP_DOMAIN;
            hybrid.world().change(w -> {
                w.dnsZone().removeIf(r -> r.name().equals(own) && r.type().equals("A"));
                w.dnsZone().add(DnsRecord.a(own, World.RETIRED_EDGE_ADDRESS));
            });

            CheckResult host = byId(hybrid.run(ReadinessOptions.defaults())).get(DnsChecks.SIP_HOST);

            assertEquals(Status.WARN, host.status(), host.evidence());
            assertTrue(host.evidence().contains(own + " resolves to " + World.RETIRED_EDGE_ADDRESS), host.evidence());
        }
    }

    @Test
    void partnerDiscoveryIsJudgedAgainstTheSitesStatedChoice() throws IOException {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            // the healthy Edge discovers partners (open federation)
            CheckResult closed = partnerDiscoveryWhenChosen(hybrid, false);
            CheckResult open = partnerDiscoveryWhenChosen(hybrid, true);

            assertEquals(Status.FAIL, closed.status(), closed.evidence());
            assertTrue(
                    closed.remediation()
                            .contains("-EnablePartnerDiscovery $false (and list each partner with New-CsAllowedDomain"),
                    closed.remediation());
            assertEquals(Status.PASS, open.status(), open.evidence());
        }
    }

    @Test
    void partnerDiscoveryOffOnTheEdgeIsJudgedAgainstTheSitesStatedChoice() throws IOException {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            hybrid.world().change(w -> w.accessEdge().put("EnablePartnerDiscovery", false));

            CheckResult open = partnerDiscoveryWhenChosen(hybrid, true);
            CheckResult closed = partnerDiscoveryWhenChosen(hybrid, false);

            assertEquals(Status.FAIL, open.status(), open.evidence());
            assertTrue(
                    open.remediation()
                            .contains("-EnablePartnerDiscovery $true (and open federation online:"
                                    + " Set-CsTenantFederationConfiguration -AllowedDomains"
                                    + " (New-CsEdgeAllowAllKnownDomains))"),
                    open.remediation());
            assertEquals(Status.PASS, closed.status(), closed.evidence());
        }
    }

    @Test
    void theGlobalExternalAccessPolicyIsJudgedOnlyAgainstTheSitesStatedChoice() throws IOException {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            hybrid.world().change(w -> w.externalAccessPolicies().get(0).put("EnableFederationAccess", false));

            CheckResult unstated =
                    withChoice(hybrid, FederationChoice.UNSTATED).get(OnPremisesChecks.EXTERNAL_ACCESS_POLICY);
            CheckResult wantsOpen = withChoice(hybrid, new FederationChoice(Optional.empty(), Optional.of(true)))
                    .get(OnPremisesChecks.EXTERNAL_ACCESS_POLICY);
            CheckResult wantsClosed = withChoice(hybrid, new FederationChoice(Optional.empty(), Optional.of(false)))
                    .get(OnPremisesChecks.EXTERNAL_ACCESS_POLICY);

            assertEquals(Status.SKIPPED, unstated.status(), unstated.evidence());
            assertEquals("", unstated.remediation());
            assertEquals(Status.FAIL, wantsOpen.status(), wantsOpen.evidence());
            assertTrue(wantsOpen.remediation().contains("-EnableFederationAccess $true"), wantsOpen.remediation());
            assertEquals(Status.PASS, wantsClosed.status(), wantsClosed.evidence());
        }
    }

    /** Get-CsExternalAccessPolicy lists tag policies too, in no documented order: only Global is judged. */
    @Test
    void theGlobalExternalAccessPolicyIsJudgedWhenATagPolicyIsListedBeforeIt() throws IOException {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            hybrid.world().change(w -> {
                Map<String, Object> tag =
                        new LinkedHashMap<>(w.externalAccessPolicies().get(0));
                tag.put("Identity", "Tag:NoFederation");
                tag.put("EnableFederationAccess", false);
                w.externalAccessPolicies().add(0, tag);
            });

            CheckResult policy = withChoice(hybrid, new FederationChoice(Optional.empty(), Optional.of(true)))
                    .get(OnPremisesChecks.EXTERNAL_ACCESS_POLICY);

            assertEquals(Status.PASS, policy.status(), policy.evidence());
            assertTrue(
                    policy.evidence()
                            .contains(
                                    "Global EnableFederationAccess=true; site federation.globalFederationAccess=true"),
                    policy.evidence());
        }
    }

    private static CheckResult partnerDiscoveryWhenChosen(SimulatedReadiness hybrid, boolean chosen) {
        return withChoice(hybrid, new FederationChoice(Optional.of(chosen), Optional.empty()))
                .get(OnPremisesChecks.EDGE_PARTNER_DISCOVERY);
    }

    private static Map<String, CheckResult> withChoice(SimulatedReadiness hybrid, FederationChoice choice) {
        ReadinessSources base = hybrid.sources();
        ReadinessSources sources = new ReadinessSources(
                base.site().withFederation(choice),
                base.shell(),
                base.directory(),
                base.dns(),
                base.tls(),
                base.adfs());
        return byId(new ReadinessRunner(Catalogue.standard(), ReadinessOptions.defaults()).run(sources));
    }
}
