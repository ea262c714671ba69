package io.jenkins.plugins.lynchybrid.readiness;

import static io.jenkins.plugins.lynchybrid.readiness.Category.TENANT;
import static io.jenkins.plugins.lynchybrid.readiness.Severity.ERROR;

import io.jenkins.plugins.lynchybrid.adfs.FederationMetadata;
import io.jenkins.plugins.lynchybrid.graph.Domain;
import io.jenkins.plugins.lynchybrid.graph.FederationConfiguration;
import io.jenkins.plugins.lynchybrid.graph.Organization;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The tenant half: domains, directory sync, single sign-on against AD FS, shared SIP address space. */
final class TenantChecks {
    static final String SIGN_IN = "tenant.sign-in";
    static final String DOMAIN_VERIFIED = "tenant.domain-verified";
    static final String DOMAIN_FEDERATED = "tenant.domain-federated";
    static final String DIRSYNC_ENABLED = "tenant.dirsync-enabled";
    static final String DIRSYNC_RECENT = "tenant.dirsync-recent";
    static final String ADFS_METADATA = "tenant.adfs-metadata";
    static final String SSO_MATCHES_ADFS = "tenant.sso-matches-adfs";
    static final String ADFS_SIGNING_CERTIFICATE = "tenant.adfs-signing-certificate";
    static final String SHARED_SIP = "tenant.shared-sip-address-space";
    static final Duration CERTIFICATE_NOTICE = Duration.ofDays(30);
    /** Clocks this far apart are ordinary; a last sync further in the future means one of them is wrong. */
    static final Duration CLOCK_SKEW_TOLERANCE = Duration.ofMinutes(5);

    private TenantChecks() {}

    static List<Check> all() {
        return List.of(
                new Check(
                        SIGN_IN,
                        "The tenant admin signs in and Graph answers",
                        TENANT,
                        ERROR,
                        "Every tenant-side check and every move needs the tenant admin's token and Graph.",
                        "Correct the site's tenant and adminUsername, the password, or the network path to the cloud.",
                        List.of(),
                        TenantChecks::signIn),
                new Check(
                        DOMAIN_VERIFIED,
                        "Each SIP domain is verified in the tenant for Skype/Teams",
                        TENANT,
                        ERROR,
                        "An unverified domain, or one without OfficeCommunicationsOnline, cannot share its SIP address space.",
                        "Verify the domain in the Microsoft 365 admin center (TXT record) and enable Skype for Business/Teams for it.",
                        List.of(SIGN_IN),
                        TenantChecks::domainVerified),
                new Check(
                        DOMAIN_FEDERATED,
                        "AD FS applies to the SIP domains that are Federated, not to Managed ones",
                        TENANT,
                        ERROR,
                        "A Federated domain signs its users in through AD FS, which the checks after this one judge;"
                                + " a Managed domain (password hash sync or pass-through authentication) needs no"
                                + " AD FS, and those checks do not apply to it.",
                        "Nothing for a Managed domain. For a Federated one, the AD FS checks below name the fix;"
                                + " an authenticationType other than Managed or Federated means Graph's answer must be"
                                + " read again (Get-MgDomain -DomainId <domain>).",
                        List.of(DOMAIN_VERIFIED),
                        TenantChecks::domainFederated),
                new Check(
                        DIRSYNC_ENABLED,
                        "Directory synchronization is enabled",
                        TENANT,
                        ERROR,
                        "Every Lync user, with its msRTCSIP attributes, must be synced before it can be moved (fault 506).",
                        "Install Entra (Azure AD) Connect against the on-premises forest and enable synchronization.",
                        List.of(SIGN_IN),
                        TenantChecks::dirsyncEnabled),
                new Check(
                        DIRSYNC_RECENT,
                        "The last directory sync is recent",
                        TENANT,
                        ERROR,
                        "A stalled sync leaves new and changed users unknown to the cloud.",
                        "Start-ADSyncSyncCycle -PolicyType Delta on the Entra Connect server; check Get-ADSyncScheduler.",
                        List.of(DIRSYNC_ENABLED),
                        TenantChecks::dirsyncRecent),
                new Check(
                        ADFS_METADATA,
                        "AD FS federation metadata is reachable over trusted TLS",
                        TENANT,
                        ERROR,
                        "Entra ID reads the token-signing certificate from it; unreachable metadata breaks auto-rollover.",
                        "Publish /FederationMetadata/2007-06/FederationMetadata.xml through the AD FS proxy with a publicly trusted certificate.",
                        List.of(DOMAIN_FEDERATED),
                        TenantChecks::adfsMetadata),
                new Check(
                        SSO_MATCHES_ADFS,
                        "The tenant's federation settings match AD FS",
                        TENANT,
                        ERROR,
                        "If issuer, sign-in URL or signing certificate differ, Entra ID rejects every AD FS token.",
                        "Update-MgDomainFederationConfiguration with the entityID and signing certificate AD FS publishes.",
                        List.of(ADFS_METADATA),
                        TenantChecks::ssoMatchesAdfs),
                new Check(
                        ADFS_SIGNING_CERTIFICATE,
                        "AD FS publishes a token-signing certificate the tenant holds, valid for 30 more days",
                        TENANT,
                        ERROR,
                        "AD FS signs with what it publishes; Entra ID accepts only its signingCertificate or"
                                + " nextSigningCertificate, and nothing once that certificate has expired.",
                        "Update-AdfsCertificate -CertificateType Token-Signing; then Update-MgDomainFederationConfiguration"
                                + " -SigningCertificate with the certificate AD FS publishes.",
                        List.of(ADFS_METADATA),
                        TenantChecks::adfsSigningCertificate),
                new Check(
                        SHARED_SIP,
                        "The tenant shares the SIP address space",
                        TENANT,
                        ERROR,
                        "Without it every move fails with HostedMigration fault 510 and split-domain routing breaks.",
                        "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true",
                        List.of(OnPremisesChecks.MANAGEMENT_SHELL),
                        TenantChecks::sharedSip));
    }

    private static Finding signIn(HybridFacts facts) {
        try {
            Organization organization = facts.organization();
            return Finding.met("organization " + organization.displayName() + " (" + organization.id() + ")");
        } catch (Exception e) {
            return Finding.unmet(
                    "Graph GET /organization failed: " + e.getMessage(), CauseFixes.signIn(e, facts.site()));
        }
    }

    private static Finding domainVerified(HybridFacts facts) throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Map.Entry<String, Optional<Domain>> entry : facts.siteDomains().entrySet()) {
            String name = entry.getKey();
            Optional<Domain> domain = entry.getValue();
            if (domain.isEmpty()) {
                problems.add(name + " is not a domain of the tenant");
                fixes.add("Add " + name + " in the Microsoft 365 admin center (Settings > Domains), publish the TXT"
                        + " record it shows, and verify it.");
            } else if (!domain.get().isVerified()) {
                problems.add(name + " isVerified=false");
                fixes.add("Publish the verification TXT record for " + name + " and verify it in the admin center.");
            } else if (!domain.get().communicationsOnline()) {
                problems.add(name + " supportedServices=" + domain.get().supportedServices()
                        + " lacks OfficeCommunicationsOnline");
                fixes.add("Enable Skype for Business/Teams for " + name
                        + " in the admin center's domain setup (supportedServices OfficeCommunicationsOnline).");
            } else {
                seen.add(name + " verified, " + String.join("+", domain.get().supportedServices()));
            }
        }
        return problems.isEmpty()
                ? Finding.met(String.join("; ", seen))
                : Finding.unmet(String.join("; ", problems), Texts.lines(fixes));
    }

    /**
     * Graph's domain resource documents authenticationType as either Managed (Entra ID signs users in) or Federated
     * (an identity provider such as AD FS does); since 2016 Microsoft documents password hash sync as enough for
     * the hybrid, so only the Federated domains bring AD FS into the judgement.
     */
    private static Finding domainFederated(HybridFacts facts) throws Exception {
        List<String> federated = new ArrayList<>();
        List<String> managed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Optional<Domain>> entry : facts.siteDomains().entrySet()) {
            String type = entry.getValue().map(Domain::authenticationType).orElse(null);
            String seen = entry.getKey() + " authenticationType=" + type;
            if ("Federated".equalsIgnoreCase(type)) {
                federated.add(seen);
            } else if ("Managed".equalsIgnoreCase(type)) {
                managed.add(seen);
            } else {
                unknown.add(seen);
            }
        }
        if (!unknown.isEmpty()) {
            return Finding.unmet(
                    String.join("; ", unknown) + ": Graph documents authenticationType as Managed or Federated",
                    "Read the domain again (GET /v1.0/domains/<domain> or Get-MgDomain -DomainId <domain>); if it"
                            + " still shows neither value, open a case with Microsoft support.");
        }
        if (federated.isEmpty()) {
            return Finding.notApplicable(String.join("; ", managed)
                    + ": Entra ID signs these users in (password hash sync or pass-through), so AD FS is not used");
        }
        String managedNote = managed.isEmpty() ? "" : "; not AD FS: " + String.join("; ", managed);
        return Finding.met("AD FS signs in: " + String.join("; ", federated) + managedNote);
    }

    private static Finding dirsyncEnabled(HybridFacts facts) throws Exception {
        Boolean enabled = facts.organization().onPremisesSyncEnabled();
        String evidence = "organization.onPremisesSyncEnabled=" + enabled;
        return Boolean.TRUE.equals(enabled)
                ? Finding.met(evidence)
                : Finding.unmet(
                        evidence + (enabled == null ? " (never synced)" : " (was synced, no longer)"),
                        "Install Entra (Azure AD) Connect against the on-premises forest with the default sync rules"
                                + " (they carry the msRTCSIP attributes) and enable synchronization.");
    }

    private static Finding dirsyncRecent(HybridFacts facts) throws Exception {
        Duration threshold = facts.options().syncThreshold();
        Optional<Instant> last = facts.organization().onPremisesLastSyncDateTime();
        if (last.isEmpty()) {
            return Finding.unmet(
                    "organization.onPremisesLastSyncDateTime is empty",
                    "Start-ADSyncSyncCycle -PolicyType Initial on the Entra Connect server.");
        }
        Duration age = Duration.between(last.get(), facts.now());
        if (age.negated().compareTo(CLOCK_SKEW_TOLERANCE) > 0) {
            return Finding.warning(
                    "organization.onPremisesLastSyncDateTime " + last.get() + " is "
                            + age.negated().toMinutes()
                            + " min in the future of this machine's clock (" + facts.now()
                            + "): a clock is wrong, and a stalled sync cannot be told from a fresh one",
                    "Correct the clock of this machine or of the Entra Connect server (w32tm /resync), then run"
                            + " readiness again; Get-ADSyncScheduler shows the last and next sync.");
        }
        String evidence = "last sync " + last.get() + ", " + age.toMinutes() + " min ago (threshold "
                + threshold.toMinutes() + " min)";
        return age.compareTo(threshold) <= 0
                ? Finding.met(evidence)
                : Finding.unmet(
                        evidence,
                        "Start-ADSyncSyncCycle -PolicyType Delta on the Entra Connect server, then check why the"
                                + " scheduler stopped: Get-ADSyncScheduler (SyncCycleEnabled must be True).");
    }

    private static Finding adfsMetadata(HybridFacts facts) throws Exception {
        Map<String, Optional<FederationConfiguration>> configurations = facts.federationConfigurations();
        List<String> missing = configurations.entrySet().stream()
                .filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
        if (!missing.isEmpty()) {
            return Finding.unmet(
                    "Graph has no federationConfiguration for " + String.join(", ", missing),
                    "Re-create the federation: New-MgDomainFederationConfiguration -DomainId " + missing.get(0)
                            + " with the AD FS values.");
        }
        List<URI> urls = configurations.values().stream()
                .flatMap(Optional::stream)
                .map(HybridFacts::metadataUrl)
                .distinct()
                .toList();
        try {
            Map<URI, FederationMetadata> metadata = facts.federationMetadata();
            return Finding.met(metadata.entrySet().stream()
                    .map(m -> m.getKey() + ": entityID " + m.getValue().entityId() + ", "
                            + m.getValue().signingCertificates().size() + " signing certificate(s)")
                    .collect(Collectors.joining("; ")));
        } catch (Exception e) {
            return Finding.unmet(
                    "GET " + urls + " failed: " + e.getMessage(),
                    "Publish " + urls.get(0) + " to the internet through the AD FS proxy (Web Application Proxy)"
                            + " with a certificate from a publicly trusted CA, and let anonymous GET through.");
        }
    }

    private static Finding ssoMatchesAdfs(HybridFacts facts) throws Exception {
        Map<URI, FederationMetadata> metadata = facts.federationMetadata();
        List<String> mismatches = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        for (Map.Entry<String, Optional<FederationConfiguration>> entry :
                facts.federationConfigurations().entrySet()) {
            String domain = entry.getKey();
            FederationConfiguration tenant = entry.getValue().orElseThrow();
            URI metadataUrl = HybridFacts.metadataUrl(tenant);
            FederationMetadata adfs = metadata.get(metadataUrl);
            List<String> differences = SsoComparison.differences(domain, tenant, metadataUrl, adfs);
            if (differences.isEmpty()) {
                if (!tenant.issuerUri().equals(adfs.entityId())) {
                    warnings.add(domain + ": issuerUri " + tenant.issuerUri()
                            + " is domain-specific (multi-domain federation), entityID " + adfs.entityId());
                }
                matches.add(domain + " issuer, passive sign-in URL and signing certificate match " + metadataUrl);
            } else {
                mismatches.add(domain + ": " + String.join("; ", differences));
                fixes.add(SsoComparison.remediation(domain, metadataUrl, adfs));
            }
        }
        if (!mismatches.isEmpty()) {
            return Finding.unmet(Texts.lines(mismatches), Texts.lines(fixes));
        }
        if (!warnings.isEmpty()) {
            return Finding.warning(
                    Texts.lines(warnings),
                    "Nothing to change if AD FS was federated with -SupportMultipleDomain; otherwise set the"
                            + " tenant's IssuerUri to the entityID.");
        }
        return Finding.met(String.join("; ", matches));
    }

    /**
     * Judges the token-signing certificates AD FS publishes (what it signs with), not the copy Graph holds: at
     * least one must be valid and known to Entra ID as the domain's signingCertificate or nextSigningCertificate
     * (internaldomainfederation.md: the next certificate is the fallback Entra uses once the current one expires,
     * so after an AD FS rollover the new certificate may sit there until auto-rollover promotes it).
     */
    private static Finding adfsSigningCertificate(HybridFacts facts) throws Exception {
        Map<URI, FederationMetadata> metadata = facts.federationMetadata();
        List<String> failures = new ArrayList<>();
        List<String> expiring = new ArrayList<>();
        List<String> valid = new ArrayList<>();
        Instant now = facts.now();
        for (Map.Entry<String, Optional<FederationConfiguration>> entry :
                facts.federationConfigurations().entrySet()) {
            FederationConfiguration tenant = entry.getValue().orElseThrow();
            URI url = HybridFacts.metadataUrl(tenant);
            SigningCertificates judged = SigningCertificates.judge(tenant, metadata.get(url), now);
            String line = entry.getKey() + ": AD FS (" + url.getAuthority() + ") publishes " + judged.published();
            switch (judged.verdict()) {
                case NONE_VALID -> failures.add(line + "; none is valid now");
                case NONE_KNOWN_TO_TENANT ->
                    failures.add(line + "; the tenant holds none of the valid ones (" + judged.tenantHolds() + ")");
                case EXPIRES_SOON -> expiring.add(line + "; " + judged.tenantHolds());
                case VALID -> valid.add(line + "; " + judged.tenantHolds());
            }
        }
        if (!failures.isEmpty()) {
            return Finding.unmet(
                    Texts.lines(failures),
                    "On the AD FS server, if its certificate expired: Update-AdfsCertificate -CertificateType"
                            + " Token-Signing -Urgent. Then give the tenant the certificate AD FS publishes:"
                            + " Update-MgDomainFederationConfiguration -DomainId <domain> -InternalDomainFederationId"
                            + " <id> -SigningCertificate <AD FS's token-signing certificate, base64>.");
        }
        if (!expiring.isEmpty()) {
            return Finding.warning(
                    Texts.lines(expiring),
                    "Check AD FS auto-rollover (Get-AdfsProperties: AutoCertificateRolloverEnabled True) and that the"
                            + " metadata is reachable from the internet, or roll over now with Update-AdfsCertificate"
                            + " -CertificateType Token-Signing.");
        }
        return Finding.met(String.join("; ", valid));
    }

    private static Finding sharedSip(HybridFacts facts) throws Exception {
        Optional<Boolean> shared = facts.tenantFederation().flag("SharedSipAddressSpace");
        String evidence = "Get-CsTenantFederationConfiguration SharedSipAddressSpace=" + shared.orElse(null);
        return shared.orElse(false)
                ? Finding.met(evidence)
                : Finding.unmet(evidence, "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true");
    }
}
