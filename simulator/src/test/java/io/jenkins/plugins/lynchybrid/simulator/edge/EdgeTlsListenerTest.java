package io.jenkins.plugins.lynchybrid.simulator.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.lynchybrid.simulator.world.EdgeCertificateProfile;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EdgeTlsListenerTest {
    private static final Pki.Issued CA = Pki.certificateAuthority("Simulated Contoso Root");

    /** Issuing certificates is slow, so the class shares one world and listener; tests restore what they change. */
    private static final World WORLD = new World(1, "unused".toCharArray());

    private static final EdgeCertificateProfile HEALTHY = WORLD.read(World::edgeCertificate);
    private static EdgeTlsListener listener;

    @BeforeAll
    static void start() throws IOException {
        listener = EdgeTlsListener.start(WORLD, CA);
    }

    @AfterEach
    void restoreTheHealthyCertificate() {
        WORLD.change(w -> w.edgeCertificate(HEALTHY));
    }

    @AfterAll
    static void stop() {
        listener.close();
    }

    private static SSLContext trusting(X509Certificate root) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("root", root);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** Connects with hostname verification against the listener's IP, as an HTTPS client would. */
    private static Certificate[] presentedChain(SSLContext client) throws IOException {
        InetSocketAddress address = listener.address();
        try (SSLSocket socket = (SSLSocket)
                client.getSocketFactory().createSocket(address.getAddress().getHostAddress(), address.getPort())) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return socket.getSession().getPeerCertificates();
        }
    }

    private static List<Object> subjectAltNames(Certificate certificate) throws GeneralSecurityException {
        Collection<List<?>> names = ((X509Certificate) certificate).getSubjectAlternativeNames();
        return names.stream().map(n -> (Object) n.get(1)).toList();
    }

    @Test
    void presentsTheEdgeCertificateAndTheCaThatIssuedIt() throws Exception {
        Certificate[] chain = presentedChain(trusting(CA.certificate()));

        assertEquals(2, chain.length);
        X509Certificate leaf = (X509Certificate) chain[0];
        assertEquals("CN=sip.contoso.com", leaf.getSubjectX500Principal().getName());
        assertEquals(CA.certificate(), chain[1]);
        assertEquals(
                List.of(
                        "sip.contoso.com",
                        "sip.fabrikam.contoso.com",
                        "webcon.contoso.com",
                        "av.contoso.com",
                        "127.0.0.1"),
                subjectAltNames(leaf));
    }

    @Test
    void clientThatDoesNotTrustTheCaFailsTheHandshake() throws Exception {
        SSLContext strangerTrust =
                trusting(Pki.certificateAuthority("Some Other Root").certificate());

        assertThrows(SSLHandshakeException.class, () -> presentedChain(strangerTrust));
    }

    @Test
    void profileChangedWhileRunningIsPresentedOnTheNextConnection() throws Exception {
        WORLD.change(w -> w.edgeCertificate(w.edgeCertificate().withSubjectAltNames(List.of("127.0.0.1"))));

        Certificate[] chain = presentedChain(trusting(CA.certificate()));

        assertEquals(List.of("127.0.0.1"), subjectAltNames(chain[0]));
    }

    @Test
    void closedListenerReleasesItsPort() throws IOException {
        EdgeTlsListener other = EdgeTlsListener.start(WORLD, CA);
        InetSocketAddress address = other.address();

        other.close();

        assertThrows(ConnectException.class, () -> new Socket(address.getAddress(), address.getPort()).close());
    }
}
