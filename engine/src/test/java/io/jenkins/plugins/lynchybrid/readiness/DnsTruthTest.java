package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.auth.AdminPasswordTokenSource;
import io.jenkins.plugins.lynchybrid.auth.ConnectionSettings;
import io.jenkins.plugins.lynchybrid.auth.TenantAuthority;
import io.jenkins.plugins.lynchybrid.dns.DnsProbe;
import io.jenkins.plugins.lynchybrid.graph.GraphClient;
import io.jenkins.plugins.lynchybrid.simulator.world.DnsRecord;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.testing.RefusingPort;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DNS verdicts told by how the resolver answered (RFC 1035 §4.1.1 response codes, a silent resolver, an alias
 * loop as dnsmasq serves it), Microsoft 365 targets of every cloud, and DNS judged from the site when Graph fails.
 */
class DnsTruthTest {
    private static SimulatedReadiness hybrid;
    private static List<DnsRecord> healthyZone;

    @BeforeAll
    static void start() {
        hybrid = SimulatedReadiness.start(Scenario.HEALTHY);
        healthyZone = hybrid.world().read(w -> new ArrayList<>(w.dnsZone()));
    }

    @AfterEach
    void restore() {
        hybrid.world().change(w -> {
            w.dnsZone().clear();
            w.dnsZone().addAll(healthyZone);
            w.failingDnsNames().clear();
            w.refusedDnsNames().clear();
        });
    }

    @AfterAll
    static void stop() throws IOException {
        hybrid.close();
    }

    private static Map<String, CheckResult> run(ReadinessSources sources) {
        return new ReadinessRunner(Catalogue.standard(), ReadinessOptions.defaults())
                .run(sources).results().stream().collect(Collectors.toMap(CheckResult::id, Function.identity()));
    }

    private static Map<String, CheckResult> run() {
        return run(hybrid.sources());
    }

    @Test
    void servfailSaysTheAnswerIsUnknownAndPointsAtTheZonesServersNotAtPublishing() {
        hybrid.world().change(w -> w.failingDnsNames().add("_sipfederationtls._tcp." + World.SIP_DOMAIN));

        CheckResult srv = run().get(DnsChecks.FEDERATION_SRV);

        assertEquals(Status.FAIL, srv.status());
        assertTrue(srv.evidence().contains("SERVFAIL"), srv.evidence());
        assertTrue(srv.evidence().contains("exists is unknown"), srv.evidence());
        assertTrue(
                srv.remediation().contains("dig +trace _sipfederationtls._tcp." + World.SIP_DOMAIN), srv.remediation());
        assertFalse(srv.remediation().contains("Publish"), srv.remediation());
    }

    @Test
    void refusedPointsAtTheResolver() {
        hybrid.world().change(w -> w.refusedDnsNames().add("sip." + World.SIP_DOMAIN));

        CheckResult host = run().get(DnsChecks.SIP_HOST);

        // sip.<domain> is the clients' fallback to the SRV record: a warning, with the resolver named as the cause
        assertEquals(Status.WARN, host.status());
        assertTrue(host.evidence().contains("refused"), host.evidence());
        assertTrue(host.remediation().contains("dnsResolver"), host.remediation());
        assertFalse(host.remediation().contains("Publish"), host.remediation());
    }

    @Test
    void aSilentResolverIsATimeoutNotAMissingRecord() throws IOException {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            ReadinessSources base = hybrid.sources();
            DnsProbe slow = new DnsProbe(
                    Optional.of((InetSocketAddress) silent.getLocalSocketAddress()), Duration.ofMillis(100), 1);
            ReadinessSources sources =
                    new ReadinessSources(base.site(), base.shell(), base.directory(), slow, base.tls(), base.adfs());

            CheckResult srv = run(sources).get(DnsChecks.FEDERATION_SRV);

            assertEquals(Status.FAIL, srv.status());
            assertTrue(srv.evidence().contains("no answer in time"), srv.evidence());
            assertFalse(srv.evidence().contains("no SRV record"), srv.evidence());
            assertTrue(srv.remediation().contains("port 53"), srv.remediation());
        }
    }

    @Test
    void aCnameLoopIsNamedAsALoopNotAsAMissingAaaaRecord() {
        String name = "lyncdiscover." + World.SIP_DOMAIN;
        hybrid.world().change(w -> {
            w.dnsZone().removeIf(r -> r.name().equals(name));
            w.dnsZone().add(DnsRecord.cname(name, "webext-a." + World.SIP_DOMAIN));
            w.dnsZone().add(DnsRecord.cname("webext-a." + World.SIP_DOMAIN, name));
        });

        CheckResult lyncdiscover = run().get(DnsChecks.LYNCDISCOVER);

        assertEquals(Status.FAIL, lyncdiscover.status());
        assertTrue(lyncdiscover.evidence().contains("CNAME records loop"), lyncdiscover.evidence());
        assertFalse(lyncdiscover.evidence().contains("AAAA"), lyncdiscover.evidence());
    }

    @Test
    void aLyncdiscoverAliasToTheGovernmentCloudIsAMicrosoft365Target() {
        String name = "lyncdiscover." + World.SECOND_SIP_DOMAIN;
        hybrid.world().change(w -> {
            w.dnsZone().removeIf(r -> r.name().equals(name));
            w.dnsZone().add(DnsRecord.cname(name, "webdir.online.gov.skypeforbusiness.us"));
            w.dnsZone().add(DnsRecord.a("webdir.online.gov.skypeforbusiness.us", "127.0.0.1"));
        });

        CheckResult lyncdiscover = run().get(DnsChecks.LYNCDISCOVER);

        assertEquals(Status.FAIL, lyncdiscover.status());
        assertTrue(lyncdiscover.evidence().contains("a Microsoft 365 target"), lyncdiscover.evidence());
    }

    @Test
    void whenGraphCannotBeReachedDnsAndEdgeNamesAreStillJudgedFromTheSite() throws IOException {
        RefusingPort refusing = RefusingPort.tcp();
        URI nowhere = URI.create("https://127.0.0.1:" + refusing.port() + "/");
        Cloud unreachable =
                new Cloud("unreachable", nowhere, nowhere, World.SIPFED, URI.create(World.AUTODISCOVER_URL));
        ConnectionSettings connection = ConnectionSettings.forSite(hybrid.site());
        ReadinessSources base = hybrid.sources();
        try (refusing;
                AccountCredential credential = new AccountCredential(World.ADMIN_USERNAME, "wrong".toCharArray());
                GraphClient graph = new GraphClient(
                        unreachable,
                        new AdminPasswordTokenSource(
                                new TenantAuthority(unreachable, World.TENANT_DOMAIN),
                                World.PUBLIC_CLIENT_ID,
                                credential,
                                connection,
                                notice -> {}),
                        connection)) {
            ReadinessSources sources =
                    new ReadinessSources(base.site(), base.shell(), () -> graph, base.dns(), base.tls(), base.adfs());

            Map<String, CheckResult> results = run(sources);

            assertEquals(Status.FAIL, results.get(TenantChecks.SIGN_IN).status());
            assertTrue(
                    results.get(TenantChecks.SIGN_IN).evidence().startsWith("Graph GET /organization failed: "),
                    results.get(TenantChecks.SIGN_IN).evidence());
            for (String id : List.of(
                    DnsChecks.FEDERATION_SRV,
                    DnsChecks.CLIENT_SRV,
                    DnsChecks.SIP_HOST,
                    DnsChecks.LYNCDISCOVER,
                    TlsChecks.EDGE_NAMES)) {
                CheckResult result = results.get(id);
                assertEquals(Status.PASS, result.status(), id + ": " + result.evidence());
                assertTrue(result.evidence().contains("Only the site's SIP domains"), result.evidence());
            }
        }
    }
}
