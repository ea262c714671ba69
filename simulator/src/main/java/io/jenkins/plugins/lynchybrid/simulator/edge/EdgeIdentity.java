package io.jenkins.plugins.lynchybrid.simulator.edge;

import io.jenkins.plugins.lynchybrid.simulator.world.EdgeCertificateProfile;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The Access Edge's external certificate as the World describes it now. A certificate is issued once per
 * profile: a scenario that changes the profile gets a new certificate on the next connection.
 */
final class EdgeIdentity {
    /** The key store never leaves memory; its password protects nothing. */
    private static final char[] IN_MEMORY = "in-memory".toCharArray();

    private final World world;
    private final Pki.Issued ca;
    private EdgeCertificateProfile issuedFor;
    private SSLContext context;

    EdgeIdentity(World world, Pki.Issued ca) {
        this.world = world;
        this.ca = ca;
    }

    /** A server context presenting the certificate the World's current profile describes. */
    synchronized SSLContext context() {
        EdgeCertificateProfile profile = world.read(World::edgeCertificate);
        if (!profile.equals(issuedFor)) {
            context = serverContext(Pki.server(
                    ca, profile.commonName(), profile.subjectAltNames(), profile.notBefore(), profile.notAfter()));
            issuedFor = profile;
        }
        return context;
    }

    private static SSLContext serverContext(Pki.Issued identity) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    "edge", identity.key(), IN_MEMORY, identity.chain().toArray(new X509Certificate[0]));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, IN_MEMORY);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the Edge's TLS context", e);
        }
    }
}
