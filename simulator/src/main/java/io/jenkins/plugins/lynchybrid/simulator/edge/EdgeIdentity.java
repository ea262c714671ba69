package io.jenkins.plugins.lynchybrid.simulator.edge;

import io.jenkins.plugins.lynchybrid.simulator.world.EdgeCertificateProfile;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import javax.net.ssl.SSLContext;

/**
 * The Access Edge's external certificate as the World describes it now. A certificate is issued once per
 * profile: a scenario that changes the profile gets a new certificate on the next connection.
 */
final class EdgeIdentity {
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
            context = Pki.serverContext(Pki.server(
                    ca, profile.commonName(), profile.subjectAltNames(), profile.notBefore(), profile.notAfter()));
            issuedFor = profile;
        }
        return context;
    }
}
