package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.adfs.FederationMetadata;
import io.jenkins.plugins.lynchybrid.graph.FederationConfiguration;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SsoComparisonTest {
    private static final String ENTITY = "http://sts.contoso.com/adfs/services/trust";
    private static final URI METADATA =
            URI.create("https://sts.contoso.com/FederationMetadata/2007-06/FederationMetadata.xml");
    private static final X509Certificate CURRENT = certificate("current");
    private static final X509Certificate OLD = certificate("old");
    private static final FederationMetadata ADFS = new FederationMetadata(ENTITY, List.of(CURRENT));

    private static X509Certificate certificate(String name) {
        Instant now = Instant.now();
        return Pki.selfSigned("ADFS Signing - " + name, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(300)))
                .certificate();
    }

    private static String base64(X509Certificate certificate) throws Exception {
        return Base64.getMimeEncoder().encodeToString(certificate.getEncoded());
    }

    private static FederationConfiguration tenant(String issuer, String passive, String cert, String next) {
        return new FederationConfiguration(
                issuer,
                "https://sts.contoso.com/adfs/services/trust/mex",
                passive,
                "https://sts.contoso.com/adfs/services/trust/2005/usernamemixed",
                cert,
                Optional.ofNullable(next),
                "wsFed");
    }

    @Test
    void matchingSettingsDifferInNothingEvenWithAWrappedCertificateAndATrailingSlash() throws Exception {
        assertEquals(
                List.of(),
                SsoComparison.differences(
                        "contoso.com",
                        tenant(ENTITY, "https://sts.contoso.com/adfs/ls/", base64(CURRENT), null),
                        METADATA,
                        ADFS));
    }

    @Test
    void aForeignIssuerIsADifference() throws Exception {
        List<String> differences = SsoComparison.differences(
                "contoso.com",
                tenant(
                        "http://sts.fabrikam.com/adfs/services/trust",
                        "https://sts.contoso.com/adfs/ls",
                        base64(CURRENT),
                        null),
                METADATA,
                ADFS);

        assertEquals(1, differences.size());
        assertTrue(differences.get(0).startsWith("issuerUri http://sts.fabrikam.com"), differences.get(0));
    }

    @Test
    void aDomainSpecificIssuerOfMultiDomainFederationIsNotADifference() throws Exception {
        assertEquals(
                List.of(),
                SsoComparison.differences(
                        "contoso.com",
                        tenant(
                                "http://contoso.com/adfs/services/trust",
                                "https://sts.contoso.com/adfs/ls",
                                base64(CURRENT),
                                null),
                        METADATA,
                        ADFS));
    }

    @Test
    void anUnpublishedSigningCertificateIsADifferenceUnlessTheNextOneIsPublished() throws Exception {
        FederationConfiguration stale = tenant(ENTITY, "https://sts.contoso.com/adfs/ls", base64(OLD), null);
        FederationConfiguration rolling =
                tenant(ENTITY, "https://sts.contoso.com/adfs/ls", base64(OLD), base64(CURRENT));

        assertEquals(
                1,
                SsoComparison.differences("contoso.com", stale, METADATA, ADFS).size());
        assertEquals(List.of(), SsoComparison.differences("contoso.com", rolling, METADATA, ADFS));
    }

    @Test
    void aPassiveSignInUrlOnAnotherHostIsADifference() throws Exception {
        List<String> differences = SsoComparison.differences(
                "contoso.com",
                tenant(ENTITY, "https://login.fabrikam.com/adfs/ls", base64(CURRENT), null),
                METADATA,
                ADFS);

        assertEquals(1, differences.size());
        assertTrue(differences.get(0).startsWith("passiveSignInUri https://login.fabrikam.com"), differences.get(0));
    }

    @Test
    void theRemediationGivesTheValuesAdfsPublishes() {
        String fix = SsoComparison.remediation("contoso.com", METADATA, ADFS);

        assertTrue(fix.startsWith("Update-MgDomainFederationConfiguration -DomainId contoso.com"), fix);
        assertTrue(fix.contains("-IssuerUri '" + ENTITY + "'"), fix);
        assertTrue(fix.contains("-PassiveSignInUri 'https://sts.contoso.com/adfs/ls'"), fix);
    }
}
