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
    /**
     * Every SIP domain Managed (password hash sync): Graph's domain resource says authenticationType Managed and
     * has no federationConfiguration for it (api-reference/v1.0/resources/domain.md).
     */
    MANAGED_TENANT(w -> {
        w.domains().values().forEach(d -> d.put("authenticationType", "Managed"));
        w.federationConfigurations().clear();
    }),
    /**
     * The second SIP domain publishes its own sip. name, an A record to the Access Edge's address, and its SRV
     * records point at it: strict name matching, as plan-hybrid-connectivity's DNS table asks.
     */
    OWN_SIP_NAMES(w -> {
        String sip = "sip." + World.SECOND_SIP_DOMAIN;
        w.dnsZone()
                .removeIf(r -> r.name().equals(sip)
                        || r.name().endsWith("." + World.SECOND_SIP_DOMAIN)
                                && r.type().equals("SRV"));
        w.dnsZone().add(DnsRecord.a(sip, World.ACCESS_EDGE_ADDRESS));
        w.dnsZone().add(DnsRecord.srv("_sipfederationtls._tcp." + World.SECOND_SIP_DOMAIN, sip, 5061));
        w.dnsZone().add(DnsRecord.srv("_sip._tls." + World.SECOND_SIP_DOMAIN, sip, 443));
    }),
    /** The second SIP domain's client SRV names its own sip. name on the federation port, 5061, not 443. */
    SRV_WRONG_PORT(w -> {
        Scenario.valueOf("OWN_SIP_NAMES").mutation.accept(w);
        w.dnsZone().removeIf(r -> r.name().equals("_sip._tls." + World.SECOND_SIP_DOMAIN));
        w.dnsZone().add(DnsRecord.srv("_sip._tls." + World.SECOND_SIP_DOMAIN, "sip." + World.SECOND_SIP_DOMAIN, 5061));
    }),
    /** The second SIP domain's federation SRV names a host that resolves, but to an address that is not the Edge. */
    SRV_NOT_EDGE(w -> {
        String old = "sipold." + World.SECOND_SIP_DOMAIN;
        w.dnsZone().removeIf(r -> r.name().equals("_sipfederationtls._tcp." + World.SECOND_SIP_DOMAIN));
        w.dnsZone().add(DnsRecord.srv("_sipfederationtls._tcp." + World.SECOND_SIP_DOMAIN, old, 5061));
        w.dnsZone().add(DnsRecord.a(old, World.RETIRED_EDGE_ADDRESS));
    }),
    /** The second SIP domain's federation SRV names a host with no address record at all. */
    SRV_TARGET_UNRESOLVED(w -> {
        w.dnsZone().removeIf(r -> r.name().equals("_sipfederationtls._tcp." + World.SECOND_SIP_DOMAIN));
        w.dnsZone()
                .add(DnsRecord.srv(
                        "_sipfederationtls._tcp." + World.SECOND_SIP_DOMAIN, "gone." + World.SECOND_SIP_DOMAIN, 5061));
    }),
    USER_NOT_SYNCED(w -> breakUsers(w, u -> u.synced = false)),
    USER_UNLICENSED(w -> breakUsers(w, u -> u.assignedPlans.clear())),
    USER_NO_USAGE_LOCATION(w -> breakUsers(w, u -> u.usageLocation = null)),
    /**
     * One user per provisioning state Microsoft's fault pages describe, the rest provisioned: user00001 pending
     * (fault 507), user00002 with validation errors and user00003 whose msRTCSIP attributes never synced (both
     * fault 506). See {@link OnlineProvisioning}.
     */
    USERS_PROVISIONING_MIXED(w -> {
        List<OnPremUser> users = w.users().stream().limit(3).toList();
        OnlineProvisioning.State[] states = {
            OnlineProvisioning.State.PENDING,
            OnlineProvisioning.State.VALIDATION_ERRORS,
            OnlineProvisioning.State.ATTRIBUTES_NOT_SYNCED
        };
        for (int i = 0; i < users.size(); i++) {
            w.provisioning().set(users.get(i), states[i]);
            w.brokenUsers().add(World.key(users.get(i).sipAddress()));
        }
    }),
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
