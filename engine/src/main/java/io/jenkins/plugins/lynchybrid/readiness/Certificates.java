package io.jenkins.plugins.lynchybrid.readiness;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Certificates as Graph and federation metadata carry them: base64 DER, possibly wrapped. */
final class Certificates {
    private Certificates() {}

    static String normalise(String base64) {
        return base64 == null ? "" : base64.replaceAll("\\s", "");
    }

    static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate parse(String base64) {
        try {
            byte[] der = Base64.getDecoder().decode(normalise(base64));
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new IllegalArgumentException("signing certificate is not base64 DER X.509: " + e.getMessage(), e);
        }
    }
}
