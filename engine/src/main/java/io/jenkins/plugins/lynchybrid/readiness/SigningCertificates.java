package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.adfs.FederationMetadata;
import io.jenkins.plugins.lynchybrid.graph.FederationConfiguration;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One domain's token-signing certificates judged from AD FS's side: those its metadata publishes, each matched
 * against the tenant's signingCertificate and nextSigningCertificate (Graph internalDomainFederation).
 *
 * @param published each published certificate, described with its expiry and what the tenant calls it
 * @param tenantHolds what Graph holds, described
 */
record SigningCertificates(Verdict verdict, String published, String tenantHolds) {

    enum Verdict {
        /** Every certificate AD FS publishes has expired (or it publishes none). */
        NONE_VALID,
        /** AD FS publishes valid certificates, but Entra ID holds none of them: it rejects AD FS's tokens. */
        NONE_KNOWN_TO_TENANT,
        /** The valid certificate Entra ID holds expires within the notice period. */
        EXPIRES_SOON,
        VALID
    }

    static SigningCertificates judge(FederationConfiguration tenant, FederationMetadata adfs, Instant now) {
        List<X509Certificate> certificates = adfs.signingCertificates();
        String published = certificates.isEmpty()
                ? "no signing certificate"
                : certificates.stream().map(c -> describe(c, tenant, now)).collect(Collectors.joining(", "));
        String holds = "tenant signingCertificate " + held(tenant.signingCertificate()) + ", nextSigningCertificate "
                + tenant.nextSigningCertificate().map(SigningCertificates::held).orElse("null");
        List<X509Certificate> live = certificates.stream()
                .filter(c -> c.getNotAfter().toInstant().isAfter(now))
                .toList();
        if (live.isEmpty()) {
            return new SigningCertificates(Verdict.NONE_VALID, published, holds);
        }
        Optional<X509Certificate> trusted = live.stream()
                .filter(c -> role(c, tenant).isPresent())
                .max(Comparator.comparing(X509Certificate::getNotAfter));
        if (trusted.isEmpty()) {
            return new SigningCertificates(Verdict.NONE_KNOWN_TO_TENANT, published, holds);
        }
        Duration left = Duration.between(now, trusted.get().getNotAfter().toInstant());
        return new SigningCertificates(
                left.compareTo(TenantChecks.CERTIFICATE_NOTICE) < 0 ? Verdict.EXPIRES_SOON : Verdict.VALID,
                published,
                holds);
    }

    /** Which of the tenant's certificates {@code certificate} is, if any. */
    private static Optional<String> role(X509Certificate certificate, FederationConfiguration tenant) {
        String base64 = Certificates.base64(certificate);
        if (base64.equals(Certificates.normalise(tenant.signingCertificate()))) {
            return Optional.of("the tenant's signingCertificate");
        }
        return tenant.nextSigningCertificate()
                .filter(next -> base64.equals(Certificates.normalise(next)))
                .map(next -> "the tenant's nextSigningCertificate");
    }

    private static String describe(X509Certificate certificate, FederationConfiguration tenant, Instant now) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        String validity = notAfter.isAfter(now)
                ? "valid until " + notAfter + " ("
                        + Duration.between(now, notAfter).toDays() + " days left)"
                : "expired " + notAfter;
        return certificate.getSubjectX500Principal().getName() + " " + validity + ", "
                + role(certificate, tenant).orElse("unknown to the tenant");
    }

    /** A certificate Graph holds, described by subject and expiry when it can be read. */
    private static String held(String base64) {
        if (base64 == null || base64.isBlank()) {
            return "null";
        }
        try {
            X509Certificate certificate = Certificates.parse(base64);
            return certificate.getSubjectX500Principal().getName() + " until "
                    + certificate.getNotAfter().toInstant();
        } catch (IllegalArgumentException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }
}
