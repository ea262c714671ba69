package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FederationParityTest {
    private static final PsObject OPEN_TENANT = PsObjects.of(Map.of(
            "AllowFederatedUsers",
            true,
            "SharedSipAddressSpace",
            true,
            "AllowedDomains",
            "AllowAllKnownDomains",
            "BlockedDomains",
            List.of()));

    @Test
    void partnerDiscoveryWithOpenFederationOnlineAndNoBlockedDomainsMatches() {
        Finding finding = new FederationParity(true, Set.of(), Set.of(), OPEN_TENANT).judge();

        assertEquals(Finding.Kind.MET, finding.kind(), finding.evidence());
    }

    @Test
    void partnerDiscoveryWithClosedFederationOnlineAsksToOpenIt() {
        PsObject closed = PsObjects.with(OPEN_TENANT, "AllowedDomains", List.of("fabrikam.com"));

        Finding finding = new FederationParity(true, Set.of(), Set.of(), closed).judge();

        assertEquals(Finding.Kind.UNMET, finding.kind());
        assertTrue(finding.remediation().contains("New-CsEdgeAllowAllKnownDomains"), finding.remediation());
    }

    @Test
    void closedFederationNeedsTheSameAllowedListOnBothSides() {
        PsObject closed = PsObjects.with(OPEN_TENANT, "AllowedDomains", List.of("fabrikam.com"));

        Finding finding =
                new FederationParity(false, Set.of("fabrikam.com", "northwind.com"), Set.of(), closed).judge();

        assertEquals(Finding.Kind.UNMET, finding.kind());
        assertTrue(
                finding.remediation().contains("-AllowedDomainsAsAList @('fabrikam.com','northwind.com')"),
                finding.remediation());
    }

    @Test
    void blockedListsThatDifferAreReportedWithTheOnPremisesList() {
        Finding finding = new FederationParity(true, Set.of(), Set.of("spam.example"), OPEN_TENANT).judge();

        assertEquals(Finding.Kind.UNMET, finding.kind());
        assertTrue(finding.remediation().contains("-BlockedDomains @('spam.example')"), finding.remediation());
    }

    @Test
    void aTenantThatDoesNotFederateAtAllIsToldToSwitchItOn() {
        PsObject off = PsObjects.with(OPEN_TENANT, "AllowFederatedUsers", false);

        Finding finding = new FederationParity(true, Set.of(), Set.of(), off).judge();

        assertTrue(
                finding.remediation().contains("Set-CsTenantFederationConfiguration -AllowFederatedUsers $true"),
                finding.remediation());
    }
}
