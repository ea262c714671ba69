package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.graph.FederationConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares what Entra ID believes about a domain's AD FS (Graph federationConfiguration) with what AD FS
 * publishes (its federation metadata): issuer, passive sign-in URL, signing certificate (domain.md §1.5).
 */
final class SsoComparison {
    private SsoComparison() {}

    static List<String> differences(String domain, FederationConfiguration tenant, FederationMetadata adfs) {
        List<String> differences = new ArrayList<>();
        if (!tenant.issuerUri().equals(adfs.entityId()) && !domainSpecificIssuer(domain, tenant.issuerUri())) {
            differences.add("issuerUri " + tenant.issuerUri() + " differs from AD FS entityID " + adfs.entityId());
        }
        if (!adfs.passiveEndpoints().isEmpty()
                && adfs.passiveEndpoints().stream().noneMatch(e -> sameUrl(e, tenant.passiveSignInUri()))) {
            differences.add("passiveSignInUri " + tenant.passiveSignInUri() + " is not an AD FS passive endpoint "
                    + adfs.passiveEndpoints());
        }
        List<String> published =
                adfs.signingCertificates().stream().map(Certificates::normalise).toList();
        boolean certificateKnown = published.contains(Certificates.normalise(tenant.signingCertificate()))
                || tenant.nextSigningCertificate()
                        .map(Certificates::normalise)
                        .filter(published::contains)
                        .isPresent();
        if (!certificateKnown) {
            differences.add("signingCertificate is none of the " + published.size()
                    + " signing certificate(s) in the AD FS metadata");
        }
        return differences;
    }

    /** With -SupportMultipleDomain, AD FS issues http://<domain>/adfs/services/trust per domain. */
    private static boolean domainSpecificIssuer(String domain, String issuer) {
        return issuer.equalsIgnoreCase("http://" + domain + "/adfs/services/trust");
    }

    private static boolean sameUrl(String a, String b) {
        return b != null && strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static String remediation(String domain, FederationMetadata adfs) {
        String certificate = adfs.signingCertificates().stream()
                .findFirst()
                .map(c -> "'" + abbreviated(c) + "' (from " + adfs.source() + ")")
                .orElse("<token-signing certificate>");
        Optional<String> passive = adfs.passiveEndpoints().stream().findFirst();
        return "Update-MgDomainFederationConfiguration -DomainId " + domain
                + " -InternalDomainFederationId <id from Get-MgDomainFederationConfiguration -DomainId " + domain
                + "> -IssuerUri '" + adfs.entityId() + "'"
                + passive.map(p -> " -PassiveSignInUri '" + p + "'").orElse("")
                + " -SigningCertificate " + certificate;
    }

    private static String abbreviated(String base64) {
        String clean = Certificates.normalise(base64);
        return clean.length() <= 24 ? clean : clean.substring(0, 12) + "…" + clean.substring(clean.length() - 8);
    }
}
