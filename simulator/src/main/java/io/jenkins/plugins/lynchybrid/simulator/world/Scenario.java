package io.jenkins.plugins.lynchybrid.simulator.world;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A named state of the hybrid: healthy, or with one prerequisite broken. */
public enum Scenario {
    HEALTHY(w -> {}),
    /** AD FS, sync and DNS in place; Edge federation, the hosting provider and shared SIP address space not yet. */
    UNCONFIGURED(w -> {
        Scenario.valueOf("EDGE_FEDERATION_OFF").mutation.accept(w);
        Scenario.valueOf("HOSTING_PROVIDER_MISSING").mutation.accept(w);
        Scenario.valueOf("SHARED_SIP_OFF").mutation.accept(w);
        w.externalAccessPolicies().get(0).put("EnableFederationAccess", false);
    }),
    DOMAIN_NOT_FEDERATED(w -> {
        w.domains().get(World.SIP_DOMAIN).put("authenticationType", "Managed");
        w.federationConfigurations().remove(World.SIP_DOMAIN);
    }),
    DIRSYNC_OFF(w -> w.organization().put("onPremisesSyncEnabled", null)),
    DIRSYNC_STALE(w -> w.organization()
            .put(
                    "onPremisesLastSyncDateTime",
                    Instant.now().minus(Duration.ofHours(9)).toString())),
    SSO_MISMATCH(w -> w.federationConfigurations()
            .values()
            .forEach(f -> f.put("issuerUri", "http://sts.fabrikam.com/adfs/services/trust"))),
    /** The tenant and AD FS agree on a signing certificate that expired yesterday. */
    ADFS_CERT_EXPIRED(w -> {
        Instant now = Instant.now();
        w.adfsSigning(Pki.selfSigned(
                "ADFS Signing - " + World.ADFS_HOST, now.minus(Duration.ofDays(366)), now.minus(Duration.ofDays(1))));
        w.federationConfigurations()
                .values()
                .forEach(f -> f.put("signingCertificate", w.adfsSigningCertificateBase64()));
    }),
    SHARED_SIP_OFF(w -> w.tenantFederation().put("SharedSipAddressSpace", false)),
    HOSTING_PROVIDER_MISSING(w -> w.hostingProviders().removeIf(p -> World.SIPFED.equals(p.get("ProxyFqdn")))),
    HOSTING_PROVIDER_WRONG(w -> w.hostingProviders().stream()
            .filter(p -> World.SIPFED.equals(p.get("ProxyFqdn")))
            .forEach(p -> {
                p.put("EnabledSharedAddressSpace", false);
                p.put("VerificationLevel", "AlwaysVerifiable");
            })),
    EDGE_FEDERATION_OFF(w -> {
        w.accessEdge().put("AllowFederatedUsers", false);
        w.accessEdge().put("EnablePartnerDiscovery", false);
    }),
    SRV_MISSING(w -> w.dnsZone().removeIf(r -> r.name().equals("_sipfederationtls._tcp." + World.SIP_DOMAIN))),
    SRV_WRONG_TARGET(w -> {
        w.dnsZone().removeIf(r -> r.name().equals("_sipfederationtls._tcp." + World.SIP_DOMAIN));
        w.dnsZone().add(DnsRecord.srv("_sipfederationtls._tcp." + World.SIP_DOMAIN, World.SIPFED, 5061));
    }),
    USER_NOT_SYNCED(w -> breakUsers(w, u -> u.synced = false)),
    USER_UNLICENSED(w -> breakUsers(w, u -> u.assignedPlans.clear())),
    USER_NO_USAGE_LOCATION(w -> breakUsers(w, u -> u.usageLocation = null)),
    /**
     * Three Front End servers on three builds: fe01 at the product's minimum for moves, fe02 on a later update,
     * and fe03, added to the pool later, one build below the minimum (Move-CsUser.md's minimum-version table).
     */
    POOL_SERVER_BELOW_MINIMUM(w -> {
        String minimum = w.product().patchVersion();
        w.poolComputers().get(World.POOL_FQDN).add(World.OUTDATED_SERVER);
        w.serverBuilds().put("fe02.contoso.com", Scenario.build(minimum, 30));
        w.serverBuilds().put(World.OUTDATED_SERVER, Scenario.build(minimum, -1));
    }),
    /**
     * The tenant lives in GCC High: Connect-MicrosoftTeams must name -TeamsEnvironmentName TeamsGCCH, the hosting
     * provider points at GCC High's federation FQDN, and users hold the government plans of an Office 365
     * E3_USGOV_GCCHIGH-style licence (MCOSTANDARD_GOV, TEAMS_AR_GCCHIGH, MCOEV_GOV for voice users).
     */
    GCC_HIGH_TENANT(w -> {
        w.teamsEnvironment(World.GCC_HIGH_TEAMS_ENVIRONMENT);
        w.hostingProviders().stream()
                .filter(p -> World.SIPFED.equals(p.get("ProxyFqdn")))
                .forEach(p -> {
                    p.put("ProxyFqdn", World.GCC_HIGH_SIPFED);
                    p.put("AutodiscoverUrl", World.GCC_HIGH_AUTODISCOVER_URL);
                });
        w.users().forEach(u -> u.assignedPlans.replaceAll(Scenario::governmentPlan));
    }),
    /** The Edge's replica stays behind the Central Management Store: its Replica Replicator Agent is stopped. */
    REPLICA_LAGGING(w -> w.replicationStatus().stream()
            .filter(r -> World.EDGE_REPLICA.equals(r.get("ReplicaFqdn")))
            .forEach(r -> r.put("UpToDate", false))),
    /** A change was just published: the Edge's replica is behind now and catches up within a minute. */
    REPLICA_CATCHING_UP(w -> w.replicationStatus().stream()
            .filter(r -> World.EDGE_REPLICA.equals(r.get("ReplicaFqdn")))
            .forEach(r -> r.put(World.REPLICA_CATCHES_UP_AT, w.now().plus(Duration.ofSeconds(40)))));

    /** How many users a user-* scenario breaks: the first ones, so tests can name them. */
    public static final int BROKEN_USERS = 5;

    private final Consumer<World> mutation;

    Scenario(Consumer<World> mutation) {
        this.mutation = mutation;
    }

    /** The scenario's name as the CLI and tests spell it, e.g. {@code hosting-provider-wrong}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public void apply(World world) {
        world.change(w -> {
            mutation.accept(w);
            w.scenario(id());
        });
    }

    public static Scenario byId(String id) {
        return Arrays.stream(values())
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("scenario '" + id + "' is unknown; known: "
                        + Arrays.stream(values()).map(Scenario::id).collect(Collectors.joining(", "))));
    }

    private static OnPremUser.AssignedPlan governmentPlan(OnPremUser.AssignedPlan plan) {
        if (plan.equals(OnPremUser.AssignedPlan.SKYPE_ONLINE_PLAN_2)) {
            return OnPremUser.AssignedPlan.SKYPE_ONLINE_PLAN_2_GOV;
        }
        if (plan.equals(OnPremUser.AssignedPlan.TEAMS)) {
            return OnPremUser.AssignedPlan.TEAMS_AR_GCCHIGH;
        }
        return plan.equals(OnPremUser.AssignedPlan.PHONE_SYSTEM) ? OnPremUser.AssignedPlan.PHONE_SYSTEM_GOV : plan;
    }

    /** {@code build} with its last part moved by {@code by}: a neighbouring update of the same product. */
    private static String build(String build, int by) {
        int dot = build.lastIndexOf('.');
        return build.substring(0, dot + 1) + (Integer.parseInt(build.substring(dot + 1)) + by);
    }

    private static void breakUsers(World world, Consumer<OnPremUser> damage) {
        List<OnPremUser> victims = world.users().stream().limit(BROKEN_USERS).toList();
        victims.forEach(damage);
        victims.forEach(u -> world.brokenUsers().add(World.key(u.sipAddress())));
    }
}
