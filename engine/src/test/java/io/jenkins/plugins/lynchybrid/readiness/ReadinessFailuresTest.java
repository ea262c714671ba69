package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.DnsRecord;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.tls.TlsProbe;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each readiness check seen failing, on a healthy hybrid broken in one place, the way Microsoft's services would
 * answer for that break (Graph's domain resource, Get-CsService -EdgeServer, the public zone, the Edge's TLS
 * chain). Until these, each verdict could be replaced by "met" and every test still passed.
 */
class ReadinessFailuresTest {
    private static SimulatedReadiness hybrid;
    private static List<DnsRecord> healthyZone;
    private static Map<String, Map<String, Object>> healthyDomains;
    private static List<Map<String, Object>> healthyServices;
    private static List<Map<String, Object>> healthySites;
    private static Map<String, Object> healthyTenantFederation;
    private static List<Map<String, Object>> healthyProviders;

    @BeforeAll
    static void start() {
        hybrid = SimulatedReadiness.start(Scenario.HEALTHY);
        hybrid.world().change(w -> {
            healthyZone = new ArrayList<>(w.dnsZone());
            healthyDomains = new LinkedHashMap<>();
            w.domains().forEach((name, domain) -> healthyDomains.put(name, new LinkedHashMap<>(domain)));
            healthyServices = w.services().stream()
                    .map(s -> (Map<String, Object>) new LinkedHashMap<>(s))
                    .toList();
            healthyTenantFederation = new LinkedHashMap<>(w.tenantFederation());
            healthySites = w.sites().stream()
                    .map(site -> (Map<String, Object>) new LinkedHashMap<>(site))
                    .toList();
            healthyProviders = w.hostingProviders().stream()
                    .map(p -> (Map<String, Object>) new LinkedHashMap<>(p))
                    .toList();
        });
    }

    @AfterEach
    void restore() {
        hybrid.world().change(w -> {
            w.dnsZone().clear();
            w.dnsZone().addAll(healthyZone);
            w.domains().clear();
            healthyDomains.forEach((name, domain) -> w.domains().put(name, new LinkedHashMap<>(domain)));
            w.services().clear();
            healthyServices.forEach(s -> w.services().add(new LinkedHashMap<>(s)));
            w.tenantFederation().clear();
            w.tenantFederation().putAll(healthyTenantFederation);
            w.hostingProviders().clear();
            healthyProviders.forEach(p -> w.hostingProviders().add(new LinkedHashMap<>(p)));
            w.sites().clear();
            healthySites.forEach(site -> w.sites().add(new LinkedHashMap<>(site)));
        });
    }

    @AfterAll
    static void stop() throws IOException {
        hybrid.close();
    }

    private static CheckResult after(Consumer<World> breakage, String check) {
        return after(breakage, hybrid.sources()).get(check);
    }

    private static Map<String, CheckResult> after(Consumer<World> breakage, ReadinessSources sources) {
        hybrid.world().change(breakage);
        return new ReadinessRunner(Catalogue.standard(), ReadinessOptions.defaults())
                .run(sources).results().stream().collect(Collectors.toMap(CheckResult::id, Function.identity()));
    }

    private static void assertWarns(CheckResult result, String evidence) {
        assertEquals(Status.WARN, result.status(), result.id() + ": " + result.evidence());
        assertTrue(result.evidence().contains(evidence), result.evidence());
        assertTrue(!result.remediation().isBlank(), result.id() + " warns without a fix");
    }

    private static void assertFails(CheckResult result, String evidence) {
        assertEquals(Status.FAIL, result.status(), result.id() + ": " + result.evidence());
        assertTrue(result.evidence().contains(evidence), result.evidence());
        assertTrue(!result.remediation().isBlank(), result.id() + " fails without a fix");
    }

    @Test
    void theHealthyHybridPassesEveryCheckTheseTestsBreak() {
        Map<String, CheckResult> results = after(w -> {}, hybrid.sources());
        for (String id : List.of(
                TenantChecks.DOMAIN_VERIFIED,
                TenantChecks.SHARED_SIP,
                OnPremisesChecks.EDGE_POOL,
                OnPremisesChecks.SINGLE_FEDERATION_EDGE,
                DnsChecks.FEDERATION_SRV,
                DnsChecks.CLIENT_SRV,
                TlsChecks.EDGE_CHAIN)) {
            assertEquals(
                    Status.PASS,
                    results.get(id).status(),
                    id + ": " + results.get(id).evidence());
        }
    }

    /** The evidence of a met DNS check shows what was found: SRV targets with ports, alias chains and addresses. */
    @Test
    void metDnsChecksShowTheRecordsFound() {
        Map<String, CheckResult> results = after(w -> {}, hybrid.sources());

        assertTrue(
                results.get(DnsChecks.FEDERATION_SRV)
                        .evidence()
                        .contains("_sipfederationtls._tcp." + World.SIP_DOMAIN + " SRV " + World.ACCESS_EDGE_FQDN
                                + ":5061"),
                results.get(DnsChecks.FEDERATION_SRV).evidence());
        assertTrue(
                results.get(DnsChecks.LYNCDISCOVER)
                        .evidence()
                        .contains("lyncdiscover." + World.SIP_DOMAIN + " -> webext.contoso.com = 127.0.0.1"),
                results.get(DnsChecks.LYNCDISCOVER).evidence());
        assertTrue(
                results.get(DnsChecks.SIP_HOST).evidence().contains(World.ACCESS_EDGE_FQDN + " = 127.0.0.1"),
                results.get(DnsChecks.SIP_HOST).evidence());
    }

    /**
     * A SIP domain without its sip host fails, and the fix is the record that domain needs: a CNAME to the Access
     * Edge (an A record only where sip.domain is the Edge's own name).
     */
    @Test
    void aSipDomainWithoutItsSipHostWarnsWithTheCnameToPublish() {
        CheckResult result = after(
                w -> w.dnsZone().removeIf(r -> r.name().equals("sip." + World.SECOND_SIP_DOMAIN)), DnsChecks.SIP_HOST);

        assertWarns(result, "sip." + World.SECOND_SIP_DOMAIN + ": does not resolve (NXDOMAIN");
        assertTrue(
                result.remediation()
                        .contains("sip." + World.SECOND_SIP_DOMAIN + ". 3600 IN CNAME " + World.ACCESS_EDGE_FQDN + "."),
                result.remediation());
    }

    @Test
    void theEdgesOwnSipNameWithoutAnAddressWarnsWithTheARecordToPublish() {
        CheckResult result = after(
                w -> w.dnsZone()
                        .removeIf(r -> r.name().equals(World.ACCESS_EDGE_FQDN)
                                && r.type().equals("A")),
                DnsChecks.SIP_HOST);

        assertWarns(result, World.ACCESS_EDGE_FQDN + ": does not resolve");
        assertTrue(
                result.remediation().contains(World.ACCESS_EDGE_FQDN + ". 3600 IN A <Access Edge external IP>"),
                result.remediation());
    }

    /** Graph's domain resource: isVerified false until the TXT record is published and checked. */
    @Test
    void aSipDomainTheTenantHasNotVerifiedFailsDomainVerified() {
        CheckResult result = after(
                w -> w.domains().get(World.SECOND_SIP_DOMAIN).put("isVerified", false), TenantChecks.DOMAIN_VERIFIED);

        assertFails(result, World.SECOND_SIP_DOMAIN + " isVerified=false");
    }

    @Test
    void aSipDomainMissingFromTheTenantFailsDomainVerified() {
        CheckResult result = after(w -> w.domains().remove(World.SECOND_SIP_DOMAIN), TenantChecks.DOMAIN_VERIFIED);

        assertFails(result, World.SECOND_SIP_DOMAIN + " is not a domain of the tenant");
    }

    @Test
    void aSipDomainWithoutOfficeCommunicationsOnlineFailsDomainVerified() {
        CheckResult result = after(
                w -> w.domains().get(World.SIP_DOMAIN).put("supportedServices", new ArrayList<>(List.of("Email"))),
                TenantChecks.DOMAIN_VERIFIED);

        assertFails(result, "lacks OfficeCommunicationsOnline");
    }

    /**
     * Get-CsTenantFederationConfiguration without the property at all (an older module's output) is not a shared
     * address space: only an explicit True is. Pins the "missing counts as unmet" default.
     */
    @Test
    void aTenantFederationWithoutSharedSipAddressSpaceFailsTheCheck() {
        CheckResult result = after(w -> w.tenantFederation().remove("SharedSipAddressSpace"), TenantChecks.SHARED_SIP);

        assertFails(result, "SharedSipAddressSpace=null");
    }

    @Test
    void aTopologyWithoutAnEdgePoolFailsEdgePoolAndSkipsTheFederationEdgeCheck() {
        Map<String, CheckResult> results = after(
                w -> w.services()
                        .removeIf(s -> String.valueOf(s.get("Identity")).startsWith("EdgeServer:")),
                hybrid.sources());

        assertFails(results.get(OnPremisesChecks.EDGE_POOL), "Get-CsService -EdgeServer returned nothing");
        assertEquals(
                Status.SKIPPED,
                results.get(OnPremisesChecks.SINGLE_FEDERATION_EDGE).status());
    }

    @Test
    void twoFederatingEdgePoolsFailTheSingleFederationEdgeCheck() {
        CheckResult result = after(
                w -> {
                    Map<String, Object> second =
                            new LinkedHashMap<>(w.services().get(0));
                    second.put("Identity", "EdgeServer:edgepool02.contoso.com");
                    second.put("PoolFqdn", "edgepool02.contoso.com");
                    second.put("SiteId", "Site:Dublin");
                    w.services().add(second);
                    // the federation route is a site's (Set-CsSite -FederationRoute): a second site routing
                    // through its own Edge makes two federating Edge pools
                    Map<String, Object> dublin = new LinkedHashMap<>(w.sites().get(0));
                    dublin.put("Identity", "Site:Dublin");
                    dublin.put("FederationRoute", "EdgeServer:edgepool02.contoso.com");
                    w.sites().add(dublin);
                },
                OnPremisesChecks.SINGLE_FEDERATION_EDGE);

        assertFails(result, "EdgeServer:edgepool01.contoso.com, EdgeServer:edgepool02.contoso.com (2 site(s)");
        assertTrue(result.remediation().contains("on one Edge pool only"), result.remediation());
    }

    @Test
    void aSiteWithoutAFederationRouteFailsTheSingleFederationEdgeCheck() {
        CheckResult result = after(
                w -> w.sites().forEach(site -> site.remove("FederationRoute")),
                OnPremisesChecks.SINGLE_FEDERATION_EDGE);

        assertFails(result, "Get-CsSite FederationRoute: none");
        assertTrue(result.remediation().contains("enable federation"), result.remediation());
    }

    /** The Lync Online provider's ProxyFqdn cannot be changed: the fix removes it by its identity, then re-creates it. */
    @Test
    void aLyncOnlineProviderPointingElsewhereFailsWithItsRemovalInTheFix() {
        CheckResult result = after(
                w -> w.hostingProviders().stream()
                        .filter(p -> "LyncOnline".equals(p.get("Identity")))
                        .forEach(p -> p.put("ProxyFqdn", "sipfed.example.com")),
                OnPremisesChecks.HOSTING_PROVIDER);

        assertFails(result, "present: LyncOnline (sipfed.example.com), Exchange Online (exap.um.outlook.com)");
        assertTrue(
                result.remediation().startsWith("Remove-CsHostingProvider -Identity LyncOnline"), result.remediation());
    }

    @Test
    void aDisabledLyncOnlineProviderFailsNamingTheWrongValue() {
        CheckResult result = after(
                w -> w.hostingProviders().stream()
                        .filter(p -> "LyncOnline".equals(p.get("Identity")))
                        .forEach(p -> p.put("Enabled", false)),
                OnPremisesChecks.HOSTING_PROVIDER);

        assertFails(result, "hosting provider LyncOnline: Enabled=");
    }

    @Test
    void edgePoolEvidenceNamesThePools() {
        Map<String, CheckResult> results = after(w -> {}, hybrid.sources());

        assertTrue(
                results.get(OnPremisesChecks.EDGE_POOL).evidence().contains("EdgeServer:" + World.EDGE_POOL_FQDN),
                results.get(OnPremisesChecks.EDGE_POOL).evidence());
        assertTrue(
                results.get(OnPremisesChecks.SINGLE_FEDERATION_EDGE)
                        .evidence()
                        .contains("Get-CsSite FederationRoute: EdgeServer:" + World.EDGE_POOL_FQDN),
                results.get(OnPremisesChecks.SINGLE_FEDERATION_EDGE).evidence());
    }

    private static Consumer<World> federationSrv(String target, int port) {
        String name = "_sipfederationtls._tcp." + World.SIP_DOMAIN;
        return w -> {
            w.dnsZone().removeIf(r -> r.name().equals(name));
            w.dnsZone().add(DnsRecord.srv(name, target, port));
        };
    }

    @Test
    void aFederationSrvOnTheWrongPortFails() {
        CheckResult result = after(federationSrv(World.ACCESS_EDGE_FQDN, 5062), DnsChecks.FEDERATION_SRV);

        assertFails(result, World.ACCESS_EDGE_FQDN + ":5062 uses port 5062, not 5061");
    }

    @Test
    void aFederationSrvWhoseTargetResolvesElsewhereThanTheAccessEdgeFails() {
        CheckResult result = after(
                federationSrv("oldedge.contoso.com", 5061)
                        .andThen(w -> w.dnsZone().add(DnsRecord.a("oldedge.contoso.com", World.RETIRED_EDGE_ADDRESS))),
                DnsChecks.FEDERATION_SRV);

        assertFails(
                result,
                "oldedge.contoso.com resolves to " + World.RETIRED_EDGE_ADDRESS + ", not the Access Edge "
                        + World.ACCESS_EDGE_FQDN + " [" + World.ACCESS_EDGE_ADDRESS + "]");
    }

    /** Judged by where it leads, not by its name: another name on the Access Edge's address is the Access Edge. */
    @Test
    void aFederationSrvToAnotherNameOnTheEdgesAddressPasses() {
        String own = "federation." + World.SIP_DOMAIN;
        CheckResult result = after(
                federationSrv(own, 5061).andThen(w -> {
                    w.dnsZone().removeIf(r -> r.name().equals(own));
                    w.dnsZone().add(DnsRecord.a(own, World.ACCESS_EDGE_ADDRESS));
                }),
                DnsChecks.FEDERATION_SRV);

        assertEquals(Status.PASS, result.status(), result.evidence());
    }

    @Test
    void aFederationSrvWhoseTargetDoesNotResolveFails() {
        CheckResult result = after(
                w -> w.dnsZone()
                        .removeIf(r -> r.name().equals(World.ACCESS_EDGE_FQDN)
                                && r.type().equals("A")),
                DnsChecks.FEDERATION_SRV);

        assertFails(result, World.ACCESS_EDGE_FQDN + " does not resolve (NXDOMAIN");
    }

    /** A DNS check's evidence says what the records were judged by: the Access Edge's name and its addresses. */
    @Test
    void dnsEvidenceNamesTheAccessEdgeAndTheAddressesItResolvesTo() {
        CheckResult result = after(w -> {}, DnsChecks.FEDERATION_SRV);

        assertEquals(Status.PASS, result.status(), result.evidence());
        assertTrue(
                result.evidence()
                        .lines()
                        .anyMatch(line -> line.equals(
                                "Access Edge " + World.ACCESS_EDGE_FQDN + " = [" + World.ACCESS_EDGE_ADDRESS + "]")),
                result.evidence());
    }

    /**
     * A target that resolves cannot be shown to lead to the Access Edge when the Edge's own name has no address:
     * every federation SRV names another host on the Edge's address, and the Edge's A record is gone.
     */
    @Test
    void aFederationSrvTargetCannotBeJudgedWhenTheAccessEdgesOwnNameDoesNotResolve() {
        String target = "federation." + World.SIP_DOMAIN;
        CheckResult result = after(
                w -> {
                    w.dnsZone()
                            .removeIf(r -> r.name().startsWith("_sipfederationtls._tcp.")
                                    || r.name().equals(World.ACCESS_EDGE_FQDN));
                    for (String domain : List.of(World.SIP_DOMAIN, World.SECOND_SIP_DOMAIN)) {
                        w.dnsZone().add(DnsRecord.srv("_sipfederationtls._tcp." + domain, target, 5061));
                    }
                    w.dnsZone().add(DnsRecord.a(target, World.ACCESS_EDGE_ADDRESS));
                },
                DnsChecks.FEDERATION_SRV);

        assertFails(
                result,
                "_sipfederationtls._tcp." + World.SIP_DOMAIN + ": the Access Edge's own name " + World.ACCESS_EDGE_FQDN
                        + " does not resolve, so whether " + target + " leads to it is unknown (NXDOMAIN");
        assertTrue(
                result.remediation().contains(World.ACCESS_EDGE_FQDN + ". 3600 IN A <Access Edge external IP>"),
                result.remediation());
    }

    @Test
    void aMissingClientSrvFails() {
        CheckResult result = after(
                w -> w.dnsZone().removeIf(r -> r.name().equals("_sip._tls." + World.SECOND_SIP_DOMAIN)),
                DnsChecks.CLIENT_SRV);

        assertFails(result, "_sip._tls." + World.SECOND_SIP_DOMAIN);
        assertTrue(result.evidence().contains("no SRV record"), result.evidence());
    }

    /** An agent that does not trust the Edge's private CA (only the JDK's public roots): federation partners won't. */
    @Test
    void anEdgeChainNoTrustedRootIssuedFailsTheChainCheck() {
        ReadinessSources base = hybrid.sources();
        ReadinessSources publicRootsOnly = new ReadinessSources(
                base.site(),
                base.shell(),
                base.directory(),
                base.dns(),
                new TlsProbe(Optional.empty(), Duration.ofSeconds(10)),
                base.adfs());

        CheckResult result = after(w -> {}, publicRootsOnly).get(TlsChecks.EDGE_CHAIN);

        assertFails(result, World.ACCESS_EDGE_FQDN);
    }
}
