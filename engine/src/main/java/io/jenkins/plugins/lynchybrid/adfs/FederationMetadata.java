package io.jenkins.plugins.lynchybrid.adfs;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * What an AD FS publishes about itself in its federation metadata: its entity id (what Entra's
 * {@code issuerUri} must match) and its token-signing certificates.
 */
public record FederationMetadata(String entityId, List<X509Certificate> signingCertificates) {
    public FederationMetadata {
        signingCertificates = List.copyOf(signingCertificates);
    }

    /** Whether {@code base64Der} (as Graph's {@code signingCertificate} gives it) is one of the signing certificates. */
    public boolean publishesSigningCertificate(String base64Der) {
        String wanted = base64Der.replaceAll("\\s", "");
        return signingCertificates.stream().anyMatch(c -> base64(c).equals(wanted));
    }

    static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
