package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.graph.FederationConfiguration;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SsoComparisonTest {
    private static final String ENTITY = "http://sts.contoso.com/adfs/services/trust";
    private static final String CERT = "MIIBcurrent";
    private static final FederationMetadata ADFS = new FederationMetadata(
            URI.create("https://sts.contoso.com/FederationMetadata/2007-06/FederationMetadata.xml"),
            ENTITY,
            List.of("MIIB\ncurrent"),
            List.of("https://sts.contoso.com/adfs/ls/"));

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
    void matchingSettingsDifferInNothingEvenWithWrappedCertificatesAndTrailingSlashes() {
        assertEquals(
                List.of(),
                SsoComparison.differences(
                        "contoso.com", tenant(ENTITY, "https://sts.contoso.com/adfs/ls", CERT, null), ADFS));
    }

    @Test
    void aForeignIssuerIsADifference() {
        List<String> differences = SsoComparison.differences(
                "contoso.com",
                tenant("http://sts.fabrikam.com/adfs/services/trust", "https://sts.contoso.com/adfs/ls", CERT, null),
                ADFS);

        assertEquals(1, differences.size());
        assertTrue(differences.get(0).startsWith("issuerUri http://sts.fabrikam.com"), differences.get(0));
    }

    @Test
    void aDomainSpecificIssuerOfMultiDomainFederationIsNotADifference() {
        assertEquals(
                List.of(),
                SsoComparison.differences(
                        "contoso.com",
                        tenant("http://contoso.com/adfs/services/trust", "https://sts.contoso.com/adfs/ls", CERT, null),
                        ADFS));
    }

    @Test
    void anUnknownSigningCertificateIsADifferenceUnlessTheNextOneIsPublished() {
        FederationConfiguration stale = tenant(ENTITY, "https://sts.contoso.com/adfs/ls", "MIIBold", null);
        FederationConfiguration rolling = tenant(ENTITY, "https://sts.contoso.com/adfs/ls", "MIIBold", CERT);

        assertEquals(1, SsoComparison.differences("contoso.com", stale, ADFS).size());
        assertEquals(List.of(), SsoComparison.differences("contoso.com", rolling, ADFS));
    }

    @Test
    void aPassiveSignInUrlAdfsDoesNotServeIsADifference() {
        List<String> differences = SsoComparison.differences(
                "contoso.com", tenant(ENTITY, "https://login.fabrikam.com/adfs/ls", CERT, null), ADFS);

        assertEquals(1, differences.size());
        assertTrue(differences.get(0).startsWith("passiveSignInUri"), differences.get(0));
    }

    @Test
    void theRemediationGivesTheEntityIdAdfsPublishes() {
        String fix = SsoComparison.remediation("contoso.com", ADFS);

        assertTrue(fix.startsWith("Update-MgDomainFederationConfiguration -DomainId contoso.com"), fix);
        assertTrue(fix.contains("-IssuerUri '" + ENTITY + "'"), fix);
    }
}
