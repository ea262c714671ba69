package io.jenkins.plugins.lynchybrid.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.simulator.world.EdgeCertificateProfile;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.TrustStore;
import io.jenkins.plugins.lynchybrid.testing.SimulatedEdge;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsProbeTest {
    private static final List<String> SIP_HOSTS = List.of("sip.contoso.com", "sip.fabrikam.contoso.com");

    /** Issuing certificates is slow, so the class shares one world and Edge; tests restore what they change. */
    private static final World WORLD = new World(1, "unused".toCharArray());

    private static final EdgeCertificateProfile HEALTHY = WORLD.read(World::edgeCertificate);
    private static SimulatedEdge edge;

    @TempDir
    static Path directory;

    @BeforeAll
    static void start() {
        edge = SimulatedEdge.start(WORLD);
    }

    @AfterEach
    void restoreTheHealthyCertificate() {
        WORLD.change(w -> w.edgeCertificate(HEALTHY));
    }

    @AfterAll
    static void stop() {
        edge.close();
    }

    private static HybridSite site(Optional<TrustStore> trustStore) {
        return TestSites.contoso(Optional.of(edge.address()), trustStore, Optional.empty());
    }

    private static EdgeCertificate probeTrustingTheSimulator() throws IOException {
        HybridSite site = site(Optional.of(edge.trustStore(directory)));
        return TlsProbe.forSite(site).probeEdge(site);
    }

    @Test
    void edgeChainIsTrustedWhenTheSiteTrustStoreHoldsTheSimulatorCa() throws IOException {
        EdgeCertificate certificate = probeTrustingTheSimulator();

        assertTrue(certificate.trusted(), certificate.trustReason());
        assertEquals("trusted by trust store " + directory.resolve("simulator-ca.p12"), certificate.trustReason());
    }

    @Test
    void edgeChainIsReportedUntrustedWithoutTheSimulatorCaInsteadOfFailingTheHandshake() throws IOException {
        HybridSite site = site(Optional.empty());

        EdgeCertificate certificate = TlsProbe.forSite(site).probeEdge(site);

        assertFalse(certificate.trusted());
        assertEquals(
                "untrusted by the JDK roots: unable to find valid certification path to requested target",
                certificate.trustReason());
        assertEquals("CN=sip.contoso.com", certificate.subject());
    }

    @Test
    void reportsTheEdgeCertificatesSubjectIssuerNamesAndExpiry() throws IOException {
        EdgeCertificate certificate = probeTrustingTheSimulator();

        assertEquals("CN=sip.contoso.com", certificate.subject());
        assertEquals("CN=Simulated Contoso Root CA", certificate.issuer());
        assertEquals(
                List.of("sip.contoso.com", "sip.fabrikam.contoso.com", "webcon.contoso.com", "av.contoso.com"),
                certificate.subjectAltNames());
        assertEquals(HEALTHY.notAfter().truncatedTo(ChronoUnit.SECONDS), certificate.notAfter());
    }

    @Test
    void healthyEdgeCertificateCoversEverySipDomain() throws IOException {
        assertEquals(List.of(), probeTrustingTheSimulator().uncovered(SIP_HOSTS));
    }

    @Test
    void sipDomainMissingFromTheSansIsReportedUncovered() throws IOException {
        WORLD.change(w -> w.edgeCertificate(w.edgeCertificate()
                .withSubjectAltNames(List.of("sip.contoso.com", "webcon.contoso.com", "av.contoso.com"))));

        assertEquals(
                List.of("sip.fabrikam.contoso.com"), probeTrustingTheSimulator().uncovered(SIP_HOSTS));
    }

    @Test
    void expiredEdgeCertificateIsUntrustedEvenWithTheCaTrusted() throws IOException {
        Instant now = Instant.now();
        WORLD.change(w -> w.edgeCertificate(
                w.edgeCertificate().withValidity(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)))));

        EdgeCertificate certificate = probeTrustingTheSimulator();

        assertFalse(certificate.trusted());
        assertTrue(certificate.notAfter().isBefore(now));
        assertTrue(
                certificate
                        .trustReason()
                        .contains("untrusted by trust store " + directory.resolve("simulator-ca.p12")
                                + ": a certificate in the chain has expired"),
                certificate.trustReason());
    }

    @Test
    void portThatNeverCompletesAHandshakeFailsNamingTheAddress() throws IOException {
        try (ServerSocket mute = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InetSocketAddress address = (InetSocketAddress) mute.getLocalSocketAddress();
            TlsProbe probe = new TlsProbe(Optional.empty(), Duration.ofMillis(300));

            IOException error = assertThrows(IOException.class, () -> probe.probe(address, "sip.contoso.com"));

            assertTrue(
                    error.getMessage().startsWith("TLS handshake with sip.contoso.com at " + address + " failed"),
                    error.getMessage());
        }
    }

    @Test
    void unreadableTrustStoreIsAConfigurationErrorNamingTheFile() throws IOException {
        Path garbage = Files.writeString(directory.resolve("not-a-store.p12"), "not a key store");

        ConfigurationException error = assertThrows(
                ConfigurationException.class,
                () -> new TlsProbe(Optional.of(new TrustStore(garbage, "PKCS12", "changeit")), Duration.ofSeconds(1)));

        assertTrue(
                error.getMessage().startsWith("trust store " + garbage + " (type PKCS12) cannot be read"),
                error.getMessage());
    }
}
