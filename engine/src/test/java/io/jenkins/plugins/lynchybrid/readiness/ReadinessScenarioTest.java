package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every simulator scenario against the full simulated hybrid: healthy passes every check, each broken
 * scenario fails exactly the checks it breaks, each failure with a remediation naming the fix.
 */
class ReadinessScenarioTest {
    /** The failing check ids each scenario must produce, and a word every one of their remediations names. */
    private static final Map<Scenario, Expected> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(Scenario.HEALTHY, new Expected(Set.of(), "")),
            Map.entry(
                    Scenario.UNCONFIGURED,
                    new Expected(
                            // the Global policy's federation access is the site's choice, and this site states none
                            Set.of(
                                    OnPremisesChecks.EDGE_FEDERATION,
                                    OnPremisesChecks.EDGE_PARTNER_DISCOVERY,
                                    OnPremisesChecks.HOSTING_PROVIDER,
                                    TenantChecks.SHARED_SIP),
                            "-")),
            // a Managed domain needs no AD FS (password hash sync); the Federated one is still judged, and passes
            Map.entry(Scenario.DOMAIN_NOT_FEDERATED, new Expected(Set.of(), "")),
            Map.entry(Scenario.DIRSYNC_OFF, new Expected(Set.of(TenantChecks.DIRSYNC_ENABLED), "Connect")),
            Map.entry(
                    Scenario.DIRSYNC_STALE, new Expected(Set.of(TenantChecks.DIRSYNC_RECENT), "Start-ADSyncSyncCycle")),
            Map.entry(
                    Scenario.SSO_MISMATCH,
                    new Expected(Set.of(TenantChecks.SSO_MATCHES_ADFS), "Update-MgDomainFederationConfiguration")),
            Map.entry(
                    Scenario.ADFS_CERT_EXPIRED,
                    new Expected(Set.of(TenantChecks.ADFS_SIGNING_CERTIFICATE), "Update-AdfsCertificate")),
            Map.entry(
                    Scenario.SHARED_SIP_OFF,
                    new Expected(
                            Set.of(TenantChecks.SHARED_SIP),
                            "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true")),
            Map.entry(
                    Scenario.HOSTING_PROVIDER_MISSING,
                    new Expected(
                            Set.of(OnPremisesChecks.HOSTING_PROVIDER), "New-CsHostingProvider -Identity LyncOnline")),
            Map.entry(
                    Scenario.HOSTING_PROVIDER_WRONG,
                    new Expected(
                            Set.of(OnPremisesChecks.HOSTING_PROVIDER),
                            "Set-CsHostingProvider -Identity LyncOnline -EnabledSharedAddressSpace $true"
                                    + " -VerificationLevel UseSourceVerification")),
            Map.entry(
                    Scenario.EDGE_FEDERATION_OFF,
                    new Expected(
                            Set.of(OnPremisesChecks.EDGE_FEDERATION, OnPremisesChecks.EDGE_PARTNER_DISCOVERY),
                            "Set-CsAccessEdgeConfiguration")),
            Map.entry(
                    Scenario.SRV_MISSING,
                    new Expected(
                            Set.of(DnsChecks.FEDERATION_SRV),
                            "_sipfederationtls._tcp.contoso.com. 3600 IN SRV 100 1 5061 sip.contoso.com.")),
            Map.entry(
                    Scenario.SRV_WRONG_TARGET,
                    new Expected(
                            Set.of(DnsChecks.FEDERATION_SRV),
                            "_sipfederationtls._tcp.contoso.com. 3600 IN SRV 100 1 5061 sip.contoso.com.")),
            Map.entry(Scenario.MANAGED_TENANT, new Expected(Set.of(), "")),
            Map.entry(Scenario.OWN_SIP_NAMES, new Expected(Set.of(), "")),
            Map.entry(
                    Scenario.SRV_WRONG_PORT,
                    new Expected(
                            Set.of(DnsChecks.CLIENT_SRV),
                            "_sip._tls.fabrikam.contoso.com. 3600 IN SRV 100 1 443 sip.contoso.com.")),
            Map.entry(
                    Scenario.SRV_NOT_EDGE,
                    new Expected(
                            Set.of(DnsChecks.FEDERATION_SRV),
                            "Point sipold.fabrikam.contoso.com at the Access Edge's external address")),
            Map.entry(
                    Scenario.SRV_TARGET_UNRESOLVED,
                    new Expected(Set.of(DnsChecks.FEDERATION_SRV), "gone.fabrikam.contoso.com. 3600 IN A")),
            Map.entry(Scenario.USER_NOT_SYNCED, new Expected(Set.of(UserChecks.SYNCED), "Start-ADSyncSyncCycle")),
            Map.entry(Scenario.USER_UNLICENSED, new Expected(Set.of(UserChecks.LICENSED), "Set-MgUserLicense")),
            Map.entry(
                    Scenario.USER_NO_USAGE_LOCATION, new Expected(Set.of(UserChecks.USAGE_LOCATION), "Update-MgUser")),
            Map.entry(
                    Scenario.USERS_PROVISIONING_MIXED,
                    new Expected(Set.of(ProvisioningCheck.ID), "configuration wizard of Microsoft Entra Connect")),
            Map.entry(
                    Scenario.POOL_SERVER_BELOW_MINIMUM,
                    new Expected(
                            Set.of(OnPremisesChecks.SERVER_BUILD), "cumulative update (at least CU10 with Hotfix 7")),
            Map.entry(
                    Scenario.REPLICA_LAGGING,
                    new Expected(
                            Set.of(OnPremisesChecks.CMS_REPLICATION),
                            "Invoke-CsManagementStoreReplication -ReplicaFqdn " + World.EDGE_REPLICA)),
            Map.entry(Scenario.REPLICA_CATCHING_UP, new Expected(Set.of(), "-")),
            // judged as a worldwide site: GCC High's federation FQDN and government Teams plan are not worldwide's
            Map.entry(
                    Scenario.GCC_HIGH_TENANT,
                    new Expected(Set.of(OnPremisesChecks.HOSTING_PROVIDER, UserChecks.LICENSED), "-"))));

    /** The first users: the user-* scenarios break the first {@link Scenario#BROKEN_USERS} of them. */
    private static final List<String> USERS = List.of(
            "user00001@contoso.com",
            "user00002@contoso.com",
            "user00003@contoso.com",
            "user00004@contoso.com",
            "user00005@contoso.com",
            "user00006@contoso.com",
            "user00007@contoso.com");

    private record Expected(Set<String> failing, String remediationNames) {}

    @ParameterizedTest(name = "{0}")
    @EnumSource(Scenario.class)
    void eachScenarioFailsExactlyTheChecksItBreaksEachWithItsFix(Scenario scenario) throws Exception {
        Expected expected = EXPECTED.get(scenario);
        assertNotNull(expected, "scenario " + scenario.id() + " has no expected readiness outcome in this test");

        ReadinessReport report;
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(scenario)) {
            report = hybrid.run(ReadinessOptions.defaults().withUsers(USERS));
        }

        Set<String> failing = report.withStatus(Status.FAIL).stream()
                .map(CheckResult::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(expected.failing()), failing, () -> ReadinessConsole.render(report, FailOn.FAIL));
        assertEquals(List.of(), report.withStatus(Status.WARN), () -> ReadinessConsole.render(report, FailOn.FAIL));
        for (CheckResult failure : report.withStatus(Status.FAIL)) {
            assertTrue(
                    failure.remediation().contains(expected.remediationNames()),
                    failure.id() + " remediation names no fix: " + failure.remediation());
            assertFalse(failure.evidence().isBlank(), failure.id() + " has no evidence");
        }
        if (scenario == Scenario.HEALTHY) {
            // the Global policy is judged only against a choice the site file states, and this one states none;
            // everything else passes
            assertEquals(
                    List.of(OnPremisesChecks.EXTERNAL_ACCESS_POLICY),
                    report.withStatus(Status.SKIPPED).stream()
                            .map(CheckResult::id)
                            .toList());
            assertEquals(
                    report.results().size() - 1,
                    report.count(Status.PASS),
                    ReadinessConsole.render(report, FailOn.FAIL));
        }
        assertEquals(expected.failing().isEmpty(), report.ready(FailOn.WARN));
    }
}
