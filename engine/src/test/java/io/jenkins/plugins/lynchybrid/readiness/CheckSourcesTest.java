package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/checks.md states, for every check, what it judges from which source. */
class CheckSourcesTest {
    @Test
    void everyCheckOfTheCatalogueNamesItsSource() {
        List<String> without = Catalogue.standard().checks().stream()
                .map(Check::id)
                .filter(id -> CheckSources.of(id).isEmpty())
                .toList();

        assertEquals(List.of(), without);
    }

    /**
     * Issue 13: each judgement made as Microsoft documents it names Microsoft's page. The federation, AD FS and DNS
     * checks are listed here; the other streams add theirs as they cite them.
     */
    @Test
    void theFederationAdfsAndDnsChecksNameMicrosoftsPage() {
        List<String> uncited = List.of(
                        TenantChecks.DOMAIN_VERIFIED,
                        TenantChecks.DOMAIN_FEDERATED,
                        TenantChecks.DIRSYNC_ENABLED,
                        TenantChecks.ADFS_METADATA,
                        TenantChecks.SSO_MATCHES_ADFS,
                        TenantChecks.ADFS_SIGNING_CERTIFICATE,
                        TenantChecks.SHARED_SIP,
                        OnPremisesChecks.EDGE_FEDERATION,
                        OnPremisesChecks.EDGE_ROUTING,
                        OnPremisesChecks.EDGE_PARTNER_DISCOVERY,
                        OnPremisesChecks.EDGE_OUTSIDE_USERS,
                        OnPremisesChecks.HOSTING_PROVIDER,
                        OnPremisesChecks.EXTERNAL_ACCESS_POLICY,
                        OnPremisesChecks.FEDERATION_PARITY,
                        DnsChecks.FEDERATION_SRV,
                        DnsChecks.CLIENT_SRV,
                        DnsChecks.SIP_HOST,
                        DnsChecks.LYNCDISCOVER)
                .stream()
                .filter(id -> !CheckSources.of(id).orElse("").contains("Source: Microsoft"))
                .toList();

        assertEquals(List.of(), uncited);
    }
}
