package io.jenkins.plugins.lynchybrid.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.DnsRecord;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.RefusingPort;
import io.jenkins.plugins.lynchybrid.testing.SimulatedDns;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DnsProbeTest {
    private static final String FEDERATION_SRV = "_sipfederationtls._tcp.contoso.com";

    /** Building a world is slow, so the class shares one; tests restore the zone they change. */
    private static final World WORLD = new World(1, "unused".toCharArray());

    private static final List<DnsRecord> HEALTHY_ZONE = WORLD.read(w -> List.copyOf(w.dnsZone()));
    private static SimulatedDns dns;
    private static DnsProbe probe;

    @BeforeAll
    static void start() {
        dns = SimulatedDns.start(WORLD);
        probe = new DnsProbe(Optional.of(dns.address()), Duration.ofSeconds(5), 2);
    }

    @AfterEach
    void restoreTheHealthyZone() {
        WORLD.change(w -> {
            w.dnsZone().clear();
            w.dnsZone().addAll(HEALTHY_ZONE);
            w.failingDnsNames().clear();
        });
    }

    @AfterAll
    static void stop() {
        dns.close();
    }

    @Test
    void federationSrvNamesTheAccessEdgeOnPort5061() {
        SrvLookup lookup = probe.srv(FEDERATION_SRV);

        assertEquals(DnsStatus.ANSWERED, lookup.outcome().status());
        assertEquals(List.of(new SrvTarget(100, 1, 5061, "sip.contoso.com")), lookup.targets());
    }

    @Test
    void siteProbeAsksTheSitesResolver() {
        DnsProbe siteProbe =
                DnsProbe.forSite(TestSites.contoso(Optional.empty(), Optional.empty(), Optional.of(dns.address())));

        assertEquals(
                List.of(new SrvTarget(100, 1, 443, "sip.contoso.com")),
                siteProbe.srv("_sip._tls.contoso.com").targets());
    }

    @Test
    void targetsComeMostPreferredFirst() {
        WORLD.change(w ->
                w.dnsZone().add(new DnsRecord(FEDERATION_SRV, "SRV", "backup-edge.contoso.com", 5061, 200, 1, null)));
        WORLD.change(w ->
                w.dnsZone().add(new DnsRecord(FEDERATION_SRV, "SRV", "heavy-edge.contoso.com", 5061, 100, 50, null)));

        List<String> order = probe.srv(FEDERATION_SRV).targets().stream()
                .map(SrvTarget::target)
                .toList();

        assertEquals(List.of("heavy-edge.contoso.com", "sip.contoso.com", "backup-edge.contoso.com"), order);
    }

    @Test
    void missingFederationSrvIsNxdomain() {
        Scenario.SRV_MISSING.apply(WORLD);

        SrvLookup lookup = probe.srv(FEDERATION_SRV);

        assertEquals(DnsStatus.NXDOMAIN, lookup.outcome().status());
        assertTrue(lookup.targets().isEmpty());
        assertEquals(
                "NXDOMAIN from " + hostAndPort(dns.address()), lookup.outcome().detail());
    }

    @Test
    void federationSrvPointingAtMicrosoftIsSeenAsSuch() {
        Scenario.SRV_WRONG_TARGET.apply(WORLD);

        assertEquals(
                "sipfed.online.lync.com",
                probe.srv(FEDERATION_SRV).targets().get(0).target());
    }

    @Test
    void addressesFollowTheCnameChainToTheEdge() throws IOException {
        Resolution resolution = probe.addresses("sip.fabrikam.contoso.com");

        assertEquals(DnsStatus.ANSWERED, resolution.outcome().status());
        assertEquals(List.of("sip.contoso.com"), resolution.aliases());
        assertEquals("sip.contoso.com", resolution.canonicalName());
        assertEquals(List.of(InetAddress.getByName("127.0.0.1")), resolution.addresses());
    }

    @Test
    void addressesListIpv4ThenIpv6() throws IOException {
        WORLD.change(w -> w.dnsZone().add(new DnsRecord("sip.contoso.com", "AAAA", null, 0, 0, 0, "::1")));

        Resolution resolution = probe.addresses("sip.contoso.com");

        assertEquals(List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")), resolution.addresses());
    }

    @Test
    void resolverAddressWhereNothingListensIsAFailureNotATimeout() throws IOException {
        SrvLookup lookup;
        InetSocketAddress nobody;
        try (RefusingPort refusing = RefusingPort.udp()) {
            nobody = refusing.address();
            lookup = new DnsProbe(Optional.of(nobody), Duration.ofSeconds(5), 2).srv(FEDERATION_SRV);
        }

        assertEquals(DnsStatus.FAILED, lookup.outcome().status());
        assertEquals(
                "nothing listens at " + hostAndPort(nobody) + " (port unreachable)",
                lookup.outcome().detail());
    }

    @Test
    void aliasToANameThatDoesNotExistIsNxdomainWithTheChainKept() {
        WORLD.change(w -> w.dnsZone().add(DnsRecord.cname("meet.contoso.com", "webdir.online.lync.com")));

        Resolution resolution = probe.addresses("meet.contoso.com");

        assertEquals(DnsStatus.NXDOMAIN, resolution.outcome().status());
        assertEquals(List.of("webdir.online.lync.com"), resolution.aliases());
        assertTrue(resolution.addresses().isEmpty());
    }

    @Test
    void cnameGivesTheAliasTarget() {
        CnameLookup lookup = probe.cname("lyncdiscover.contoso.com");

        assertEquals(Optional.of("webext.contoso.com"), lookup.target());
    }

    @Test
    void cnameOfANameWithOnlyAnAddressIsNoData() {
        CnameLookup lookup = probe.cname("sip.contoso.com");

        assertEquals(DnsStatus.NO_DATA, lookup.outcome().status());
        assertEquals(Optional.empty(), lookup.target());
    }

    @Test
    void brokenAuthoritativeServersAreServfailNotNxdomain() {
        WORLD.change(w -> w.failingDnsNames().add("sip.contoso.com"));

        assertEquals(
                DnsStatus.SERVFAIL, probe.addresses("sip.contoso.com").outcome().status());
    }

    @Test
    void silentResolverIsATimeoutAfterExactlyTheAllowedAttempts() throws IOException {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            DnsProbe patient = new DnsProbe(
                    Optional.of((InetSocketAddress) silent.getLocalSocketAddress()), Duration.ofMillis(200), 3);

            SrvLookup lookup = patient.srv(FEDERATION_SRV);

            assertEquals(DnsStatus.TIMEOUT, lookup.outcome().status());
            assertEquals(
                    "no answer from " + hostAndPort((InetSocketAddress) silent.getLocalSocketAddress())
                            + " in 3 attempt(s) of 200 ms",
                    lookup.outcome().detail());
            assertEquals(3, queriesReceived(silent));
        }
    }

    private static int queriesReceived(DatagramSocket socket) throws IOException {
        socket.setSoTimeout(100);
        int count = 0;
        try {
            // bounded: a probe that kept sending would otherwise keep this loop going for ever
            while (count < 100) {
                socket.receive(new DatagramPacket(new byte[512], 512));
                count++;
            }
            return count;
        } catch (SocketTimeoutException drained) {
            return count;
        }
    }

    @Test
    void malformedNameIsRejectedNamingIt() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> probe.srv("_sip._tls..contoso.com"));

        assertTrue(error.getMessage().contains("'_sip._tls..contoso.com'"), error.getMessage());
    }

    @Test
    void attemptsOutsideTheBoundAreRejected() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> new DnsProbe(Optional.empty(), Duration.ofSeconds(1), 0));

        assertEquals("DNS attempts 0 is outside 1..5", error.getMessage());
    }

    private static String hostAndPort(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }
}
