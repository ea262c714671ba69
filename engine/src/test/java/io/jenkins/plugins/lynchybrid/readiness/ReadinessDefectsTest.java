package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.DnsRecord;
import io.jenkins.plugins.lynchybrid.simulator.world.EdgeCertificateProfile;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Defects no simulator scenario names, made by hand in one shared healthy hybrid (restored after each test):
 * each shows in the one check that owns it.
 */
class ReadinessDefectsTest {
    private static SimulatedReadiness hybrid;
    private static List<DnsRecord> healthyZone;
    private static EdgeCertificateProfile healthyCertificate;

    @BeforeAll
    static void start() {
        // Skype for Business Server 2015: the server build check reads Get-CsServerPatchVersion, which 2013 lacks
        hybrid = SimulatedReadiness.start(Scenario.HEALTHY, 20, Faults.none(), ServerVersion.SFB_2015);
        healthyZone = hybrid.world().read(w -> new ArrayList<>(w.dnsZone()));
        healthyCertificate = hybrid.world().read(World::edgeCertificate);
    }

    @AfterEach
    void restore() {
        hybrid.world().change(w -> {
            w.dnsZone().clear();
            w.dnsZone().addAll(healthyZone);
            w.edgeCertificate(healthyCertificate);
            w.adfsMetadataReachable(true);
        });
    }

    @AfterAll
    static void stop() throws IOException {
        hybrid.close();
    }

    private static Map<String, CheckResult> run(ReadinessOptions options) {
        return hybrid.run(options).results().stream().collect(Collectors.toMap(CheckResult::id, Function.identity()));
    }

    private static List<String> notPassing(Map<String, CheckResult> results) {
        return results.values().stream()
                .filter(r -> r.status() != Status.PASS && r.status() != Status.SKIPPED)
                .map(CheckResult::id)
                .sorted()
                .toList();
    }

    @Test
    void lyncdiscoverOfTheSecondDomainAlreadyPointingAtMicrosoft365Fails() {
        String name = "lyncdiscover." + World.SECOND_SIP_DOMAIN;
        hybrid.world().change(w -> {
            w.dnsZone().removeIf(r -> r.name().equals(name));
            w.dnsZone().add(DnsRecord.cname(name, "webdir.online.lync.com"));
            w.dnsZone().add(DnsRecord.a("webdir.online.lync.com", "127.0.0.1"));
        });

        Map<String, CheckResult> results = run(ReadinessOptions.defaults());

        assertEquals(List.of(DnsChecks.LYNCDISCOVER), notPassing(results));
        CheckResult lyncdiscover = results.get(DnsChecks.LYNCDISCOVER);
        assertTrue(
                lyncdiscover.evidence().startsWith(name + ": is an alias of webdir.online.lync.com"),
                lyncdiscover.evidence());
        assertTrue(
                lyncdiscover.remediation().contains(name + ". 3600 IN A <reverse proxy external IP>"),
                lyncdiscover.remediation());
    }

    @Test
    void anEdgeCertificateWithoutTheSecondDomainsSipNameFailsNamingIt() {
        hybrid.world()
                .change(w -> w.edgeCertificate(
                        healthyCertificate.withSubjectAltNames(List.of(World.ACCESS_EDGE_FQDN, "127.0.0.1"))));

        Map<String, CheckResult> results = run(ReadinessOptions.defaults());

        assertEquals(List.of(TlsChecks.EDGE_NAMES), notPassing(results));
        assertTrue(
                results.get(TlsChecks.EDGE_NAMES).evidence().endsWith("lack sip." + World.SECOND_SIP_DOMAIN),
                results.get(TlsChecks.EDGE_NAMES).evidence());
    }

    @Test
    void anEdgeCertificateExpiringWithinThirtyDaysWarns() {
        Instant now = Instant.now();
        hybrid.world()
                .change(w -> w.edgeCertificate(healthyCertificate.withValidity(
                        now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(12)))));

        Map<String, CheckResult> results = run(ReadinessOptions.defaults());

        assertEquals(List.of(TlsChecks.EDGE_EXPIRY), notPassing(results));
        assertEquals(Status.WARN, results.get(TlsChecks.EDGE_EXPIRY).status());
    }

    @Test
    void theDirectorySyncThresholdIsConfigurable() {
        Map<String, CheckResult> results = run(ReadinessOptions.defaults().withSyncThreshold(Duration.ofMinutes(10)));

        assertEquals(List.of(TenantChecks.DIRSYNC_RECENT), notPassing(results));
        assertTrue(
                results.get(TenantChecks.DIRSYNC_RECENT).evidence().endsWith("(threshold 10 min)"),
                results.get(TenantChecks.DIRSYNC_RECENT).evidence());
    }

    @Test
    void unreachableAdfsMetadataFailsItsCheckAndSkipsTheTwoThatCompareWithIt() {
        hybrid.world().change(w -> w.adfsMetadataReachable(false));

        Map<String, CheckResult> results = run(ReadinessOptions.defaults());

        assertEquals(List.of(TenantChecks.ADFS_METADATA), notPassing(results));
        assertTrue(
                results.get(TenantChecks.ADFS_METADATA).evidence().contains("503"),
                results.get(TenantChecks.ADFS_METADATA).evidence());
        assertEquals(Status.SKIPPED, results.get(TenantChecks.SSO_MATCHES_ADFS).status());
        assertEquals(
                "prerequisite tenant.adfs-metadata failed",
                results.get(TenantChecks.ADFS_SIGNING_CERTIFICATE).evidence());
    }

    @Test
    void aListedUserUnknownToTheTenantFailsOnlyTheSyncCheckNamingTheUser() {
        Map<String, CheckResult> results =
                run(ReadinessOptions.defaults().withUsers(List.of("user00001@contoso.com", "nobody@contoso.com")));

        assertEquals(List.of(UserChecks.SYNCED), notPassing(results));
        assertTrue(
                results.get(UserChecks.SYNCED).evidence().startsWith("1 not found in the tenant: nobody@contoso.com"),
                results.get(UserChecks.SYNCED).evidence());
    }
}
