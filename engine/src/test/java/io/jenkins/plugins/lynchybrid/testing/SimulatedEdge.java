package io.jenkins.plugins.lynchybrid.testing;

import io.jenkins.plugins.lynchybrid.simulator.edge.EdgeTlsListener;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.TrustStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/**
 * The simulated Access Edge's external TLS port on 127.0.0.1, presenting a certificate from a CA made for
 * this fixture, and a trust store file holding that CA as a site would configure it.
 */
public final class SimulatedEdge implements AutoCloseable {
    /** A trust store holds no private key: its password protects integrity only. */
    private static final String TRUST_STORE_PASSWORD = "changeit";
    /** One CA per JVM: RSA key generation costs seconds on a small machine, and no test needs two. */
    private static final Pki.Issued CA = Pki.certificateAuthority("Simulated Contoso Root CA");

    private final Pki.Issued ca;
    private final EdgeTlsListener listener;

    private SimulatedEdge(Pki.Issued ca, EdgeTlsListener listener) {
        this.ca = ca;
        this.listener = listener;
    }

    /** Presents the Edge certificate {@code world} describes, issued by the fixture's CA. */
    public static SimulatedEdge start(World world) {
        try {
            return new SimulatedEdge(CA, EdgeTlsListener.start(world, CA));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulated Edge listener", e);
        }
    }

    /** Where the Edge listens; put it in {@code HybridSite.edgeProbeAddress()}. */
    public InetSocketAddress address() {
        return listener.address();
    }

    public Pki.Issued ca() {
        return ca;
    }

    /** Writes a PKCS12 trust store holding the fixture's CA into {@code directory}. */
    public TrustStore trustStore(Path directory) {
        Path file = directory.resolve("simulator-ca.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("simulator-ca", ca.certificate());
            store.store(out, TRUST_STORE_PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trust store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the trust store " + file, e);
        }
        return new TrustStore(file, "PKCS12", TRUST_STORE_PASSWORD);
    }

    @Override
    public void close() {
        listener.close();
    }
}
