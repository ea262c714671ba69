package io.jenkins.plugins.lynchybrid.readiness;

import java.net.URI;
import java.util.List;

/**
 * What AD FS publishes in its federation metadata document.
 *
 * @param signingCertificates base64 DER of every signing key descriptor's certificate
 * @param passiveEndpoints the WS-Federation passive requestor endpoints
 */
public record FederationMetadata(
        URI source, String entityId, List<String> signingCertificates, List<String> passiveEndpoints) {
    public FederationMetadata {
        signingCertificates = List.copyOf(signingCertificates);
        passiveEndpoints = List.copyOf(passiveEndpoints);
    }
}
