package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configuration cmdlets: hosting providers, the Access Edge configuration, external access policies and
 * the tenant's federation configuration. Each writes to the world's property maps, keyed by real names.
 */
final class ConfigCmdlets {
    static final Set<String> PROVIDER_SETTABLE = Set.of(
            "Enabled",
            "EnabledSharedAddressSpace",
            "HostsOCSUsers",
            "VerificationLevel",
            "IsLocal",
            "AutodiscoverUrl",
            "SipClientPort");
    static final Set<String> EDGE_SETTABLE = Set.of(
            "AllowAnonymousUsers",
            "AllowFederatedUsers",
            "AllowOutsideUsers",
            "BeClearingHouse",
            "EnablePartnerDiscovery",
            "EnableArchivingDisclaimer",
            "KeepCrlsUpToDateForPeers",
            "MarkSourceVerifiableOnOutgoingMessages",
            "OutgoingTlsCountForFederatedPartners",
            "DiscoveredPartnerVerificationLevel");
    static final Set<String> TENANT_SETTABLE = Set.of(
            "AllowFederatedUsers", "AllowPublicUsers", "SharedSipAddressSpace", "AllowedDomains", "BlockedDomains");
    static final Set<String> POLICY_SETTABLE = Set.of(
            "EnableFederationAccess",
            "EnableXmppAccess",
            "EnablePublicCloudAccess",
            "EnablePublicCloudAudioVideoAccess",
            "EnableOutsideAccess");

    private static final String DEFAULT_ROUTE = "DefaultRouteFqdn";
    private static final String ON_PREMISES = "on-premises";
    private static final String TENANT = "tenant";

    private ConfigCmdlets() {}

    static List<ObjectNode> getHostingProvider(World world, Parameters p) {
        if (p.has("Identity")) {
            return List.of(ObjectNodes.of(provider(world, p)));
        }
        return filtered(world.hostingProviders(), p);
    }

    static List<ObjectNode> newHostingProvider(World world, Parameters p) {
        String identity = p.required("Identity");
        String proxyFqdn = p.required("ProxyFqdn");
        if (findProvider(world, identity).isPresent()) {
            throw CmdletError.invalidOperation(
                    p.cmdlet(), "Cannot create \"HostingProvider\" \"" + identity + "\" because it already exists.");
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("Identity", identity);
        created.put("Name", identity);
        created.put("ProxyFqdn", proxyFqdn);
        created.put("VerificationLevel", "AlwaysVerifiable");
        created.put("Enabled", false);
        created.put("EnabledSharedAddressSpace", false);
        created.put("HostsOCSUsers", false);
        created.put("IsLocal", false);
        created.put("AutodiscoverUrl", null);
        created.put("SipClientPort", 443);
        assign(created, p, PROVIDER_SETTABLE);
        world.hostingProviders().add(created);
        world.recordChange(ON_PREMISES, p.cmdlet(), identity, p.forRecord());
        return List.of();
    }

    static List<ObjectNode> setHostingProvider(World world, Parameters p) {
        Map<String, Object> provider = provider(world, p);
        assign(provider, p, PROVIDER_SETTABLE);
        world.recordChange(ON_PREMISES, p.cmdlet(), (String) provider.get("Identity"), p.forRecord());
        return List.of();
    }

    static List<ObjectNode> removeHostingProvider(World world, Parameters p) {
        Map<String, Object> provider = provider(world, p);
        world.hostingProviders().remove(provider);
        world.recordChange(ON_PREMISES, p.cmdlet(), (String) provider.get("Identity"), p.forRecord());
        return List.of();
    }

    /**
     * The Edge's settings as one of the two documented output types: with a default route
     * (DisplayAccessEdgeSettingsDefaultRoute) it has DefaultRouteFqdn and no partner discovery; with DNS SRV
     * routing (DisplayAccessEdgeSettingsDnsSrvRouting) the reverse.
     */
    static List<ObjectNode> getAccessEdge(World world, Parameters p) {
        requireGlobal(p);
        ObjectNode edge = ObjectNodes.of(world.accessEdge());
        if (edge.hasNonNull(DEFAULT_ROUTE)) {
            edge.remove("EnablePartnerDiscovery");
        }
        return List.of(edge);
    }

    static List<ObjectNode> setAccessEdge(World world, Parameters p) {
        requireGlobal(p);
        Map<String, Object> edge = world.accessEdge();
        if (p.isSet("UseDefaultRouting")) {
            if (!world.hostingProviders().isEmpty()) {
                throw CmdletError.invalidOperation(
                        p.cmdlet(),
                        "Default routing cannot be used while hosting providers exist. Remove every hosting provider"
                                + " first.");
            }
            edge.put(DEFAULT_ROUTE, p.required(DEFAULT_ROUTE));
        } else if (p.isSet("UseDnsSrvRouting")) {
            edge.remove(DEFAULT_ROUTE);
        }
        assign(edge, p, EDGE_SETTABLE);
        world.recordChange(ON_PREMISES, p.cmdlet(), "Global", p.forRecord());
        return List.of();
    }

    static List<ObjectNode> getTenantFederation(World world, Parameters p) {
        return List.of(ObjectNodes.of(world.tenantFederation()));
    }

    /**
     * The Teams page: "If you do choose to use the Identity parameter you must also include the Tenant parameter."
     * The error PowerShell then shows is not documented; this text is the simulator's.
     */
    static List<ObjectNode> setTenantFederation(World world, Parameters p) {
        if (p.has("Identity") && !p.has("Tenant")) {
            throw CmdletError.invalidArgument(
                    p.cmdlet(),
                    "-Identity requires -Tenant: if you use the Identity parameter you must also include the"
                            + " Tenant parameter.");
        }
        assign(world.tenantFederation(), p, TENANT_SETTABLE);
        world.recordChange(TENANT, p.cmdlet(), "Global", p.forRecord());
        return List.of();
    }

    static List<ObjectNode> getExternalAccessPolicy(World world, Parameters p) {
        return policies(world.externalAccessPolicies(), p);
    }

    static List<ObjectNode> setExternalAccessPolicy(World world, Parameters p) {
        Map<String, Object> policy = policy(world.externalAccessPolicies(), p);
        assign(policy, p, POLICY_SETTABLE);
        world.recordChange(ON_PREMISES, p.cmdlet(), (String) policy.get("Identity"), p.forRecord());
        return List.of();
    }

    static List<ObjectNode> getConferencingPolicy(World world, Parameters p) {
        return policies(world.conferencingPolicies(), p);
    }

    /** A policy cmdlet's Get-: the one {@code -Identity} names, those {@code -Filter} matches, or all. */
    private static List<ObjectNode> policies(List<Map<String, Object>> all, Parameters p) {
        if (p.has("Identity")) {
            return List.of(ObjectNodes.of(policy(all, p)));
        }
        return filtered(all, p);
    }

    /** The objects whose Identity matches {@code -Filter}; all of them without one. */
    private static List<ObjectNode> filtered(List<Map<String, Object>> all, Parameters p) {
        Pattern filter = p.text("Filter").map(Wildcards::pattern).orElse(null);
        return all.stream()
                .filter(x -> filter == null
                        || filter.matcher((String) x.get("Identity")).matches())
                .map(ObjectNodes::of)
                .toList();
    }

    private static void requireGlobal(Parameters p) {
        String identity = p.text("Identity").orElse("Global");
        if (!identity.equalsIgnoreCase("Global")) {
            throw CmdletError.notFound(p.cmdlet(), identity);
        }
    }

    private static Map<String, Object> provider(World world, Parameters p) {
        String identity = p.required("Identity");
        return findProvider(world, identity).orElseThrow(() -> CmdletError.notFound(p.cmdlet(), identity));
    }

    private static Optional<Map<String, Object>> findProvider(World world, String identity) {
        return world.hostingProviders().stream()
                .filter(h -> identity.equalsIgnoreCase((String) h.get("Identity")))
                .findFirst();
    }

    /** The policy {@code -Identity} names (Global when absent); a per-user policy may be named without {@code Tag:}. */
    private static Map<String, Object> policy(List<Map<String, Object>> policies, Parameters p) {
        String identity = p.text("Identity").orElse("Global");
        return policies.stream()
                .filter(x -> identity.equalsIgnoreCase((String) x.get("Identity"))
                        || ("Tag:" + identity).equalsIgnoreCase((String) x.get("Identity")))
                .findFirst()
                .orElseThrow(() -> CmdletError.notFound(p.cmdlet(), identity));
    }

    /** Copies every given settable parameter onto the property of the same (real) name. */
    private static void assign(Map<String, Object> target, Parameters p, Set<String> settable) {
        for (Map.Entry<String, JsonNode> given : p.asGiven().entrySet()) {
            settable.stream()
                    .filter(name -> name.equalsIgnoreCase(given.getKey()))
                    .findFirst()
                    .ifPresent(name -> target.put(name, ObjectNodes.plain(given.getValue())));
        }
    }
}
