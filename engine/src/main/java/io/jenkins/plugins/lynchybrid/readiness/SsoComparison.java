package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.adfs.FederationMetadata;
import io.jenkins.plugins.lynchybrid.graph.FederationConfiguration;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Compares what Entra ID believes about a domain's AD FS (Graph federationConfiguration) with what that AD FS
 * publishes (its federation metadata): the issuer against the entityID, the passive sign-in URL against the
 * AD FS that serves the metadata, the signing certificate against the published ones (domain.md §1.5).
 */
final class SsoComparison {
    static final String PASSIVE_PATH = "/adfs/ls";

    private SsoComparison() {}

    static List<String> differences(
            String domain, FederationConfiguration tenant, URI metadataUrl, FederationMetadata adfs) {
        List<String> differences = new ArrayList<>();
        if (!tenant.issuerUri().equals(adfs.entityId()) && !domainSpecificIssuer(domain, tenant.issuerUri())) {
            differences.add("issuerUri " + tenant.issuerUri() + " differs from AD FS entityID " + adfs.entityId());
        }
        if (!servedBy(tenant.passiveSignInUri(), metadataUrl)) {
            differences.add("passiveSignInUri " + tenant.passiveSignInUri() + " is not " + passiveSignInUrl(metadataUrl)
                    + ", the passive endpoint of the AD FS at " + metadataUrl.getAuthority());
        }
        boolean certificateKnown = adfs.publishesSigningCertificate(tenant.signingCertificate())
                || tenant.nextSigningCertificate()
                        .filter(adfs::publishesSigningCertificate)
                        .isPresent();
        if (!certificateKnown) {
            differences.add("signingCertificate is none of the "
                    + adfs.signingCertificates().size() + " signing certificate(s) in the AD FS metadata");
        }
        return differences;
    }

    /** With -SupportMultipleDomain, AD FS issues http://<domain>/adfs/services/trust per domain. */
    static boolean domainSpecificIssuer(String domain, String issuer) {
        return issuer.equalsIgnoreCase("http://" + domain + "/adfs/services/trust");
    }

    private static boolean servedBy(String passiveSignInUri, URI metadataUrl) {
        if (passiveSignInUri == null) {
            return false;
        }
        URI passive = URI.create(passiveSignInUri);
        String path = passive.getPath() == null ? "" : passive.getPath().replaceAll("/+$", "");
        return "https".equalsIgnoreCase(passive.getScheme())
                && metadataUrl.getAuthority().toLowerCase(Locale.ROOT).equals(authority(passive))
                && path.equalsIgnoreCase(PASSIVE_PATH);
    }

    private static String authority(URI uri) {
        return uri.getAuthority() == null ? "" : uri.getAuthority().toLowerCase(Locale.ROOT);
    }

    private static String passiveSignInUrl(URI metadataUrl) {
        return "https://" + metadataUrl.getAuthority() + PASSIVE_PATH;
    }

    static String remediation(String domain, URI metadataUrl, FederationMetadata adfs) {
        String certificate = adfs.signingCertificates().stream()
                .findFirst()
                .map(c -> "'" + abbreviated(c) + "' (the signing certificate in " + metadataUrl + ")")
                .orElse("<token-signing certificate>");
        return "Update-MgDomainFederationConfiguration -DomainId " + domain
                + " -InternalDomainFederationId <id from Get-MgDomainFederationConfiguration -DomainId " + domain
                + "> -IssuerUri '" + adfs.entityId() + "' -PassiveSignInUri '" + passiveSignInUrl(metadataUrl)
                + "' -SigningCertificate " + certificate;
    }

    private static String abbreviated(java.security.cert.X509Certificate certificate) {
        try {
            String base64 = Base64.getEncoder().encodeToString(certificate.getEncoded());
            return base64.substring(0, 12) + "…" + base64.substring(base64.length() - 8);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
