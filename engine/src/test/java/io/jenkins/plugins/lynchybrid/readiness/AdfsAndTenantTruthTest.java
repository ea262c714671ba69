package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.adfs.FederationMetadataReader;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Readiness judging AD FS and the tenant as Microsoft serves them: the token-signing certificates AD FS publishes
 * (one, or two during a rollover) against Graph's signingCertificate and nextSigningCertificate (microsoft-graph-
 * docs-contrib api-reference/v1.0/resources/internaldomainfederation.md), a future onPremisesLastSyncDateTime and
 * an empty usageLocation (api-reference/v1.0/resources/organization.md, user.md).
 */
class AdfsAndTenantTruthTest {
    private static SimulatedReadiness hybrid;
    private static Map<String, Map<String, Object>> healthyFederation;
    private static Object healthyLastSync;

    @BeforeAll
    static void start() {
        hybrid = SimulatedReadiness.start(Scenario.HEALTHY);
        healthyFederation = hybrid.world().read(w -> copy(w.federationConfigurations()));
        healthyLastSync = hybrid.world().read(w -> w.organization().get("onPremisesLastSyncDateTime"));
    }

    @AfterEach
    void restore() {
        hybrid.world().change(w -> {
            w.adfsPublishedSigning(List.of());
            w.adfsMetadataReachable(true);
            w.federationConfigurations().clear();
            w.federationConfigurations().putAll(copy(healthyFederation));
            w.organization().put("onPremisesLastSyncDateTime", healthyLastSync);
            w.organization().put("onPremisesSyncEnabled", true);
            w.users().forEach(u -> u.usageLocation("US"));
        });
    }

    @AfterAll
    static void stop() throws IOException {
        hybrid.close();
    }

    private static Map<String, Map<String, Object>> copy(Map<String, Map<String, Object>> configurations) {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        configurations.forEach((domain, fed) -> copy.put(domain, new LinkedHashMap<>(fed)));
        return copy;
    }

    private static Map<String, CheckResult> run(ReadinessOptions options) {
        return hybrid.run(options).results().stream().collect(Collectors.toMap(CheckResult::id, Function.identity()));
    }

    private static Pki.Issued certificate(String name, Instant notBefore, Instant notAfter) {
        return Pki.selfSigned(name, notBefore, notAfter);
    }

    @Test
    void adfsPublishingOnlyAnExpiredCertificateFailsThoughTheTenantHoldsAValidOne() {
        Instant now = Instant.now();
        Pki.Issued expired =
                certificate("ADFS Signing - expired", now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(2)));
        hybrid.world().change(w -> w.adfsPublishedSigning(List.of(expired)));

        CheckResult signing = run(ReadinessOptions.defaults()).get(TenantChecks.ADFS_SIGNING_CERTIFICATE);

        assertEquals(Status.FAIL, signing.status(), signing.evidence());
        assertTrue(signing.evidence().contains("CN=ADFS Signing - expired expired "), signing.evidence());
        assertTrue(signing.evidence().contains("none is valid now"), signing.evidence());
    }

    @Test
    void afterARolloverTheNewCertificateHeldAsNextSigningCertificatePasses() {
        Instant now = Instant.now();
        Pki.Issued rolled = certificate(
                "ADFS Signing - rolled over", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        Pki.Issued before = hybrid.world().read(World::adfsSigning);
        hybrid.world().change(w -> w.adfsRolledOverTo(rolled));
        try {
            Map<String, CheckResult> results = run(ReadinessOptions.defaults());

            CheckResult signing = results.get(TenantChecks.ADFS_SIGNING_CERTIFICATE);
            assertEquals(Status.PASS, signing.status(), signing.evidence());
            assertTrue(signing.evidence().contains("the tenant's nextSigningCertificate"), signing.evidence());
            assertEquals(Status.PASS, results.get(TenantChecks.SSO_MATCHES_ADFS).status());
        } finally {
            hybrid.world().change(w -> w.adfsSigning(before));
        }
    }

    @Test
    void placeholderEnumValuesAndNullsInTheFederationConfigurationChangeNoVerdict() {
        hybrid.world()
                .change(w -> w.federationConfigurations().values().forEach(fed -> {
                    fed.put("preferredAuthenticationProtocol", "unknownFutureValue");
                    fed.put("promptLoginBehavior", "unknownFutureValue");
                    fed.put("federatedIdpMfaBehavior", "unknownFutureValue");
                    fed.put("displayName", null);
                    fed.put("signOutUri", null);
                    fed.put("signingCertificateUpdateStatus", null);
                }));

        Map<String, CheckResult> results = run(ReadinessOptions.defaults());

        for (String id : List.of(
                TenantChecks.ADFS_METADATA, TenantChecks.SSO_MATCHES_ADFS, TenantChecks.ADFS_SIGNING_CERTIFICATE)) {
            assertEquals(
                    Status.PASS,
                    results.get(id).status(),
                    id + ": " + results.get(id).evidence());
        }
    }

    @Test
    void metadataWithTwoSigningCertificatesDuringARolloverPassesWhenTheTenantHoldsEither() {
        Instant now = Instant.now();
        Pki.Issued secondary =
                certificate("ADFS Signing - secondary", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        hybrid.world().change(w -> w.adfsPublishedSigning(List.of(w.adfsSigning(), secondary)));

        CheckResult signing = run(ReadinessOptions.defaults()).get(TenantChecks.ADFS_SIGNING_CERTIFICATE);

        assertEquals(Status.PASS, signing.status(), signing.evidence());
        assertTrue(signing.evidence().contains("CN=ADFS Signing - secondary"), signing.evidence());
        assertTrue(signing.evidence().contains("unknown to the tenant"), signing.evidence());
    }

    @Test
    void theMetadataCheckNamesTheEntityIdAndHowManySigningCertificatesAdfsPublishes() {
        Instant now = Instant.now();
        Pki.Issued secondary =
                certificate("ADFS Signing - secondary", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        hybrid.world().change(w -> w.adfsPublishedSigning(List.of(w.adfsSigning(), secondary)));
        String entityId = hybrid.world().read(World::adfsEntityId);

        CheckResult metadata = run(ReadinessOptions.defaults()).get(TenantChecks.ADFS_METADATA);

        assertEquals(Status.PASS, metadata.status(), metadata.evidence());
        assertTrue(
                metadata.evidence()
                        .endsWith("/FederationMetadata/2007-06/FederationMetadata.xml: entityID " + entityId
                                + ", 2 signing certificate(s)"),
                metadata.evidence());
    }

    @Test
    void aValidAdfsCertificateTheTenantDoesNotHoldFails() {
        Instant now = Instant.now();
        Pki.Issued stranger =
                certificate("ADFS Signing - other", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        hybrid.world().change(w -> w.adfsPublishedSigning(List.of(stranger)));

        CheckResult signing = run(ReadinessOptions.defaults()).get(TenantChecks.ADFS_SIGNING_CERTIFICATE);

        assertEquals(Status.FAIL, signing.status(), signing.evidence());
        assertTrue(signing.evidence().contains("the tenant holds none of the valid ones"), signing.evidence());
        assertTrue(signing.evidence().contains("nextSigningCertificate null"), signing.evidence());
    }

    @Test
    void aLastSyncInTheFutureWarnsThatAClockIsWrong() {
        hybrid.world()
                .change(w -> w.organization()
                        .put(
                                "onPremisesLastSyncDateTime",
                                Instant.now().plus(Duration.ofHours(2)).toString()));

        CheckResult recent = run(ReadinessOptions.defaults()).get(TenantChecks.DIRSYNC_RECENT);

        assertEquals(Status.WARN, recent.status(), recent.evidence());
        assertTrue(recent.evidence().contains("in the future"), recent.evidence());
    }

    @Test
    void anEmptyUsageLocationFailsLikeAMissingOne() {
        hybrid.world().change(w -> w.user("user00001@contoso.com").orElseThrow().usageLocation(""));

        CheckResult usage = run(ReadinessOptions.defaults().withUsers(List.of("user00001@contoso.com")))
                .get(UserChecks.USAGE_LOCATION);

        assertEquals(Status.FAIL, usage.status(), usage.evidence());
        assertTrue(usage.evidence().contains("user00001@contoso.com"), usage.evidence());
    }

    /** Readiness judging at {@code now}, the tenant's last sync {@code age} before it (negative: after it). */
    private static CheckResult dirsyncRecentAt(Duration age) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        hybrid.world()
                .change(w -> w.organization()
                        .put("onPremisesLastSyncDateTime", now.minus(age).toString()));
        ReadinessOptions defaults = ReadinessOptions.defaults();
        ReadinessOptions atNow = new ReadinessOptions(
                defaults.syncThreshold(),
                defaults.checkTimeout(),
                defaults.users(),
                defaults.parallelism(),
                Clock.fixed(now, ZoneOffset.UTC),
                defaults.replicationBound(),
                defaults.pause());
        return run(atNow).get(TenantChecks.DIRSYNC_RECENT);
    }

    @Test
    void aSyncExactlyAsOldAsTheThresholdIsRecentEnoughAndASecondOlderIsNot() {
        Duration threshold = ReadinessOptions.DEFAULT_SYNC_THRESHOLD;

        CheckResult atThreshold = dirsyncRecentAt(threshold);
        CheckResult pastThreshold = dirsyncRecentAt(threshold.plusSeconds(1));

        assertEquals(Status.PASS, atThreshold.status(), atThreshold.evidence());
        assertEquals(Status.FAIL, pastThreshold.status(), pastThreshold.evidence());
        assertTrue(pastThreshold.evidence().endsWith("180 min ago (threshold 180 min)"), pastThreshold.evidence());
    }

    @Test
    void aLastSyncUpToFiveMinutesInTheFutureIsClockSkewToleratedAndBeyondItWarns() {
        Duration tolerance = TenantChecks.CLOCK_SKEW_TOLERANCE;

        CheckResult atTolerance = dirsyncRecentAt(tolerance.negated());
        CheckResult pastTolerance = dirsyncRecentAt(tolerance.plusSeconds(1).negated());

        assertEquals(Status.PASS, atTolerance.status(), atTolerance.evidence());
        assertEquals(Status.WARN, pastTolerance.status(), pastTolerance.evidence());
        assertTrue(pastTolerance.evidence().contains("is 5 min in the future"), pastTolerance.evidence());
    }

    @Test
    void aTenantThatNeverSyncedFailsSayingItsLastSyncIsEmpty() {
        hybrid.world().change(w -> w.organization().put("onPremisesLastSyncDateTime", null));

        CheckResult recent = run(ReadinessOptions.defaults()).get(TenantChecks.DIRSYNC_RECENT);

        assertEquals(Status.FAIL, recent.status(), recent.evidence());
        assertEquals("organization.onPremisesLastSyncDateTime is empty", recent.evidence());
        assertTrue(recent.remediation().contains("-PolicyType Initial"), recent.remediation());
    }

    /** organization.md: onPremisesSyncEnabled is true while synced, false once no longer synced, null if never. */
    @Test
    void aTenantNoLongerSyncedIsToldApartFromOneNeverSynced() {
        hybrid.world().change(w -> w.organization().put("onPremisesSyncEnabled", false));
        CheckResult noLonger = run(ReadinessOptions.defaults()).get(TenantChecks.DIRSYNC_ENABLED);
        hybrid.world().change(w -> w.organization().put("onPremisesSyncEnabled", null));
        CheckResult never = run(ReadinessOptions.defaults()).get(TenantChecks.DIRSYNC_ENABLED);

        assertEquals(Status.FAIL, noLonger.status(), noLonger.evidence());
        assertEquals("organization.onPremisesSyncEnabled=false (was synced, no longer)", noLonger.evidence());
        assertEquals(Status.FAIL, never.status(), never.evidence());
        assertEquals("organization.onPremisesSyncEnabled=null (never synced)", never.evidence());
    }

    @Test
    void aFederatedDomainGraphHoldsNoFederationConfigurationForFailsNamingIt() {
        String domain = hybrid.world()
                .read(w -> List.copyOf(w.federationConfigurations().keySet()))
                .get(0);
        hybrid.world().change(w -> w.federationConfigurations().remove(domain));

        CheckResult metadata = run(ReadinessOptions.defaults()).get(TenantChecks.ADFS_METADATA);

        assertEquals(Status.FAIL, metadata.status(), metadata.evidence());
        assertEquals("Graph has no federationConfiguration for " + domain, metadata.evidence());
        assertTrue(metadata.remediation().contains("-DomainId " + domain), metadata.remediation());
    }

    @Test
    void federationMetadataAdfsDoesNotServeFailsNamingTheUrl() {
        URI url = hybrid.world()
                .read(w -> FederationMetadataReader.metadataUrl(URI.create((String)
                        w.federationConfigurations().values().iterator().next().get("metadataExchangeUri"))));
        hybrid.world().change(w -> w.adfsMetadataReachable(false));

        CheckResult metadata = run(ReadinessOptions.defaults()).get(TenantChecks.ADFS_METADATA);

        assertEquals(Status.FAIL, metadata.status(), metadata.evidence());
        assertTrue(metadata.evidence().startsWith("GET [" + url + "] failed: "), metadata.evidence());
        assertTrue(metadata.remediation().startsWith("Publish " + url + " to the internet"), metadata.remediation());
    }

    /** A tenant federated with -SupportMultipleDomain holds a per-domain issuer, not AD FS's entityID. */
    @Test
    void aDomainSpecificIssuerMatchesButWarnsThatTheFederationIsMultiDomain() {
        String domain = hybrid.world()
                .read(w -> List.copyOf(w.federationConfigurations().keySet()))
                .get(0);
        hybrid.world()
                .change(w -> w.federationConfigurations()
                        .get(domain)
                        .put("issuerUri", "http://" + domain + "/adfs/services/trust"));

        CheckResult sso = run(ReadinessOptions.defaults()).get(TenantChecks.SSO_MATCHES_ADFS);

        assertEquals(Status.WARN, sso.status(), sso.evidence());
        assertTrue(
                sso.evidence()
                        .contains(domain + ": issuerUri http://" + domain + "/adfs/services/trust is"
                                + " domain-specific (multi-domain federation)"),
                sso.evidence());
    }

    @Test
    void anAdfsCertificateExpiringWithinTheNoticeWarnsAndOneDayBeyondItPasses() {
        Instant now = Instant.now();
        Pki.Issued before = hybrid.world().read(World::adfsSigning);
        Duration notice = TenantChecks.CERTIFICATE_NOTICE;
        try {
            hybrid.world()
                    .change(w -> w.adfsRolledOverTo(certificate(
                            "ADFS Signing - ending", now.minus(Duration.ofDays(300)), now.plus(notice.minusDays(1)))));
            CheckResult ending = run(ReadinessOptions.defaults()).get(TenantChecks.ADFS_SIGNING_CERTIFICATE);
            hybrid.world()
                    .change(w -> w.adfsRolledOverTo(certificate(
                            "ADFS Signing - lasting", now.minus(Duration.ofDays(300)), now.plus(notice.plusDays(1)))));
            CheckResult lasting = run(ReadinessOptions.defaults()).get(TenantChecks.ADFS_SIGNING_CERTIFICATE);

            assertEquals(Status.WARN, ending.status(), ending.evidence());
            assertTrue(ending.evidence().contains("CN=ADFS Signing - ending"), ending.evidence());
            assertTrue(ending.remediation().contains("AutoCertificateRolloverEnabled"), ending.remediation());
            assertEquals(Status.PASS, lasting.status(), lasting.evidence());
        } finally {
            hybrid.world().change(w -> w.adfsSigning(before));
        }
    }
}
