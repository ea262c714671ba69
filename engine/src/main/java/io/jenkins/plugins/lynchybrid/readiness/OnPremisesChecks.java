package io.jenkins.plugins.lynchybrid.readiness;

import static io.jenkins.plugins.lynchybrid.readiness.Category.ON_PREMISES;
import static io.jenkins.plugins.lynchybrid.readiness.Severity.ERROR;
import static io.jenkins.plugins.lynchybrid.readiness.Severity.WARNING;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The on-premises half, read through the Lync Management Shell: Edge, hosting provider, policies, topology. */
final class OnPremisesChecks {
    static final String MANAGEMENT_SHELL = "onprem.management-shell";
    static final String EDGE_FEDERATION = "onprem.access-edge-federation";
    static final String EDGE_ROUTING = "onprem.access-edge-routing";
    static final String EDGE_PARTNER_DISCOVERY = "onprem.access-edge-partner-discovery";
    static final String EDGE_OUTSIDE_USERS = "onprem.access-edge-outside-users";
    static final String HOSTING_PROVIDER = "onprem.hosting-provider";
    static final String EXTERNAL_ACCESS_POLICY = "onprem.external-access-policy";
    static final String EDGE_POOL = "onprem.edge-pool";
    static final String SINGLE_FEDERATION_EDGE = "onprem.single-federation-edge";
    static final String CMS_REPLICATION = "onprem.cms-replication";
    static final String SERVER_BUILD = "onprem.server-build";
    static final String TEAMS_MODULE = "onprem.teams-module";
    static final String FEDERATION_PARITY = "onprem.federation-parity";

    private static final List<String> SHELL = List.of(MANAGEMENT_SHELL);
    private static final String SET_EDGE = "Set-CsAccessEdgeConfiguration";

    private OnPremisesChecks() {}

    static List<Check> all() {
        return List.of(
                new Check(
                        MANAGEMENT_SHELL,
                        "The agent can run the Lync Management Shell",
                        ON_PREMISES,
                        ERROR,
                        "Every on-premises check, the configuration and the moves run Lync cmdlets.",
                        "Install the Lync/Skype for Business administrative tools on the agent, or set shell.remotePoolUrl.",
                        List.of(),
                        OnPremisesChecks::managementShell),
                edgeFlag(
                        EDGE_FEDERATION,
                        "The Access Edge allows federated users",
                        "AllowFederatedUsers",
                        "On-premises users cannot talk to online users of the shared domain, nor to federated partners."),
                new Check(
                        EDGE_ROUTING,
                        "The Access Edge routes by DNS SRV",
                        ON_PREMISES,
                        ERROR,
                        "Hosting providers cannot be used while the Edge routes to a default route.",
                        SET_EDGE + " -UseDnsSrvRouting",
                        SHELL,
                        OnPremisesChecks::edgeRouting),
                new Check(
                        EDGE_PARTNER_DISCOVERY,
                        "The Access Edge federates as the site chooses: partner discovery, or an allowed-domain list",
                        ON_PREMISES,
                        ERROR,
                        "Without partner discovery or an allowed-domain list nothing federates over DNS SRV routing;"
                                + " the site file's federation.partnerDiscovery, when given, says which.",
                        SET_EDGE + " -UseDnsSrvRouting -EnablePartnerDiscovery $true (open) or $false (closed, with"
                                + " New-CsAllowedDomain for each partner)",
                        SHELL,
                        OnPremisesChecks::partnerDiscovery),
                edgeFlag(
                        EDGE_OUTSIDE_USERS,
                        "The Access Edge allows outside users",
                        "AllowOutsideUsers",
                        "Remote users, and Exchange Online's IM integration, sign in through the Edge."),
                new Check(
                        HOSTING_PROVIDER,
                        "The Lync Online hosting provider has every hybrid value",
                        ON_PREMISES,
                        ERROR,
                        "It routes the shared SIP domain to online users and tells Move-CsUser where the cloud is.",
                        "New-CsHostingProvider / Set-CsHostingProvider with the values listed in docs/configure.md.",
                        SHELL,
                        OnPremisesChecks::hostingProvider),
                new Check(
                        EXTERNAL_ACCESS_POLICY,
                        "The Global external access policy is as the site chooses",
                        ON_PREMISES,
                        ERROR,
                        "No hybrid page requires EnableFederationAccess on the Global policy (it opens federation"
                                + " for every on-premises user without a more specific policy); when the site file"
                                + " states federation.globalFederationAccess, the policy must match it.",
                        "Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess <the site's choice>",
                        SHELL,
                        OnPremisesChecks::externalAccessPolicy),
                new Check(
                        EDGE_POOL,
                        "An Edge pool exists",
                        ON_PREMISES,
                        ERROR,
                        "All hybrid traffic leaves through an Edge pool.",
                        "Add an Edge pool in Topology Builder, then Publish-CsTopology and Enable-CsTopology.",
                        SHELL,
                        OnPremisesChecks::edgePool),
                new Check(
                        SINGLE_FEDERATION_EDGE,
                        "Exactly one Edge pool federates",
                        ON_PREMISES,
                        ERROR,
                        "Move-CsUser refuses to run when several Edge pools are enabled for federation.",
                        "Enable federation on exactly one Edge pool in Topology Builder, then Publish-CsTopology.",
                        List.of(EDGE_POOL),
                        OnPremisesChecks::singleFederationEdge),
                new Check(
                        CMS_REPLICATION,
                        "Central Management Store replicas do not stay behind",
                        ON_PREMISES,
                        ERROR,
                        "Settings not yet replicated to the Edge do not take effect there; a replica behind right"
                                + " after a change is normal, one still behind after the bound is not.",
                        "Invoke-CsManagementStoreReplication, then Get-CsManagementStoreReplicationStatus.",
                        SHELL,
                        CmsReplication::judge),
                new Check(
                        SERVER_BUILD,
                        "Every pool server's build meets the minimum for moves",
                        ON_PREMISES,
                        ERROR,
                        "Since 2022-07-31 moving users between on-premises and the cloud requires Lync Server 2013"
                                + " CU10 with Hotfix 7, Skype for Business Server 2015 CU12 or 2019 CU6.",
                        "Install the latest cumulative update on every server of the pool.",
                        SHELL,
                        OnPremisesChecks::serverBuild),
                new Check(
                        TEAMS_MODULE,
                        "The MicrosoftTeams module is in Move-CsUser's version window",
                        ON_PREMISES,
                        WARNING,
                        "Move-CsUser needs MicrosoftTeams 6.2.1 or later, and versions after 7.1 have a move regression.",
                        "Install-Module MicrosoftTeams -RequiredVersion 7.1.0",
                        SHELL,
                        OnPremisesChecks::teamsModule),
                new Check(
                        FEDERATION_PARITY,
                        "On-premises and online federation settings match",
                        ON_PREMISES,
                        ERROR,
                        "Partner discovery must pair with open federation online, and the allowed/blocked lists must be identical.",
                        "Align Get-CsAllowedDomain/Get-CsBlockedDomain with Set-CsTenantFederationConfiguration.",
                        List.of(EDGE_PARTNER_DISCOVERY),
                        OnPremisesChecks::federationParity));
    }

    private static Check edgeFlag(String id, String title, String property, String why) {
        String fix = SET_EDGE + " -" + property + " $true";
        return new Check(id, title, ON_PREMISES, ERROR, why, fix, SHELL, facts -> {
            Optional<Boolean> value = facts.accessEdge().flag(property);
            String evidence = "Get-CsAccessEdgeConfiguration " + property + "=" + value.orElse(null);
            return value.orElse(false) ? Finding.met(evidence) : Finding.unmet(evidence, fix);
        });
    }

    private static Finding managementShell(HybridFacts facts) {
        String module = HybridFacts.managementModuleName(facts.site().serverVersion());
        String remote = facts.site().shell().remotePoolUrl();
        try {
            Optional<VersionNumber> version = facts.managementModule();
            if (version.isPresent()) {
                return Finding.met("Get-Module -ListAvailable -Name " + module + ": " + version.get());
            }
            if (remote != null) {
                return Finding.met("no local " + module + " module; the host imports it from " + remote);
            }
            return Finding.unmet(
                    "Get-Module -ListAvailable -Name " + module + " found nothing and shell.remotePoolUrl is not set",
                    "Install the " + facts.site().serverVersion().productName()
                            + " administrative tools (Core Components) on the agent, or set shell.remotePoolUrl to"
                            + " https://" + facts.site().poolFqdn() + "/OcsPowershell in the site file.");
        } catch (Exception e) {
            return Finding.unmet(
                    "the shell host did not run Get-Module: " + e.getMessage(),
                    CauseFixes.managementShell(e, facts.site(), module));
        }
    }

    /**
     * The Edge's settings come as one of two documented object types (DnsSrvRouting or DefaultRoute); only the
     * default-route one carries a DefaultRouteFqdn. No page documents a RoutingMethod property.
     */
    private static Finding edgeRouting(HybridFacts facts) throws Exception {
        Optional<String> defaultRoute =
                facts.accessEdge().text("DefaultRouteFqdn").filter(s -> !s.isBlank());
        return defaultRoute.isEmpty()
                ? Finding.met("Get-CsAccessEdgeConfiguration has no DefaultRouteFqdn: DNS SRV routing")
                : Finding.unmet(
                        "Get-CsAccessEdgeConfiguration DefaultRouteFqdn=" + defaultRoute.get(),
                        SET_EDGE + " -UseDnsSrvRouting -EnablePartnerDiscovery $true (a default route requires"
                                + " removing every hosting provider)");
    }

    private static Finding partnerDiscovery(HybridFacts facts) throws Exception {
        boolean discovery = facts.accessEdge().flag("EnablePartnerDiscovery").orElse(false);
        int allowed = facts.allowedDomains().size();
        Optional<Boolean> chosen = facts.site().federation().partnerDiscovery();
        String evidence = "Get-CsAccessEdgeConfiguration EnablePartnerDiscovery=" + discovery
                + "; Get-CsAllowedDomain: " + allowed + " domain(s); site federation.partnerDiscovery="
                + chosen.map(String::valueOf).orElse("not stated (either is accepted)");
        if (chosen.isPresent()) {
            return chosen.get() == discovery
                    ? Finding.met(evidence)
                    : Finding.unmet(
                            evidence,
                            SET_EDGE + " -UseDnsSrvRouting -EnablePartnerDiscovery $" + chosen.get()
                                    + (chosen.get()
                                            ? " (and open federation online: Set-CsTenantFederationConfiguration"
                                                    + " -AllowedDomains (New-CsEdgeAllowAllKnownDomains))"
                                            : " (and list each partner with New-CsAllowedDomain, the same list"
                                                    + " online)"));
        }
        return discovery || allowed > 0
                ? Finding.met(evidence)
                : Finding.unmet(
                        evidence,
                        SET_EDGE + " -UseDnsSrvRouting -EnablePartnerDiscovery $true (and keep the tenant on open"
                                + " federation), or list"
                                + " each partner with New-CsAllowedDomain -Identity <domain> and the same list online.");
    }

    private static Finding hostingProvider(HybridFacts facts) throws Exception {
        HostingProviderRequirement requirement =
                new HostingProviderRequirement(facts.site().cloud());
        List<PsObject> providers = facts.hostingProviders();
        Optional<PsObject> provider = requirement.find(providers);
        String fqdn = facts.site().cloud().hostingProviderFqdn();
        if (provider.isEmpty()) {
            List<String> clashing = providers.stream()
                    .flatMap(p -> p.text("Identity").stream())
                    .filter(HostingProviderRequirement.DOCUMENTED_IDENTITIES::contains)
                    .toList();
            String identity = clashing.isEmpty() ? "LyncOnline" : clashing.get(0);
            String remove = clashing.isEmpty()
                    ? ""
                    : "Remove-CsHostingProvider -Identity " + identity + " (its ProxyFqdn cannot be changed)\n";
            return Finding.unmet(
                    "no hosting provider has ProxyFqdn " + fqdn + "; present: "
                            + providers.stream()
                                    .map(p -> p.text("Identity").orElse("?") + " ("
                                            + p.text("ProxyFqdn").orElse("?") + ")")
                                    .collect(Collectors.joining(", ")),
                    remove + requirement.newCommand(identity));
        }
        String identity = provider.get().text("Identity").orElse("LyncOnline");
        Map<String, String> wrong = requirement.wrongValues(provider.get());
        if (wrong.isEmpty()) {
            return Finding.met("hosting provider " + identity + " (ProxyFqdn " + fqdn + ") has every hybrid value");
        }
        return Finding.unmet(
                "hosting provider " + identity + ": "
                        + wrong.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(", ")),
                requirement.setCommand(identity, wrong.keySet()));
    }

    /**
     * No hybrid page (plan-hybrid-connectivity, configure-federation-with-skype-for-business-online) lists the
     * external access policy among the hybrid's requirements, so it is judged only against the site's stated choice.
     */
    private static Finding externalAccessPolicy(HybridFacts facts) throws Exception {
        Optional<Boolean> chosen = facts.site().federation().globalFederationAccess();
        Optional<PsObject> global = facts.externalAccessPolicies().stream()
                .filter(p -> p.text("Identity").orElse("").equalsIgnoreCase("Global"))
                .findFirst();
        String seen = global.map(p -> "Global EnableFederationAccess="
                        + p.flag("EnableFederationAccess").orElse(false))
                .orElse("Get-CsExternalAccessPolicy returned no Global policy");
        if (chosen.isEmpty()) {
            return Finding.notApplicable(seen + ": the site file states no federation.globalFederationAccess, and"
                    + " no hybrid page requires one value");
        }
        String fix = "Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $" + chosen.get();
        if (global.isEmpty()) {
            return Finding.unmet(seen, fix);
        }
        String evidence = seen + "; site federation.globalFederationAccess=" + chosen.get();
        return global.get().flag("EnableFederationAccess").orElse(false) == chosen.get()
                ? Finding.met(evidence)
                : Finding.unmet(evidence, fix);
    }

    private static Finding edgePool(HybridFacts facts) throws Exception {
        List<PsObject> edges = facts.edgeServices();
        return edges.isEmpty()
                ? Finding.unmet(
                        "Get-CsService -EdgeServer returned nothing",
                        "Define an Edge pool (external FQDN " + facts.site().edgeAccessFqdn()
                                + ") in Topology Builder, then Publish-CsTopology and Enable-CsTopology.")
                : Finding.met("Edge pool(s): " + identities(edges));
    }

    /**
     * The federation route is a site property (Set-CsSite -FederationRoute "EdgeServer:&lt;pool&gt;"); every site
     * must route through the same Edge pool, and that pool must be one Get-CsService -EdgeServer knows.
     */
    private static Finding singleFederationEdge(HybridFacts facts) throws Exception {
        List<PsObject> edges = facts.edgeServices();
        List<PsObject> sites = facts.sites();
        Set<String> routes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sites.forEach(s -> s.text("FederationRoute").filter(r -> !r.isBlank()).ifPresent(routes::add));
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        edges.forEach(e -> e.text("Identity").ifPresent(known::add));
        List<String> federating = routes.stream().filter(known::contains).toList();
        String evidence = "Get-CsSite FederationRoute: " + (routes.isEmpty() ? "none" : String.join(", ", routes))
                + " (" + sites.size() + " site(s), Edge pools " + identities(edges) + ")";
        if (federating.size() == 1 && routes.size() == 1) {
            return Finding.met(evidence);
        }
        return Finding.unmet(
                evidence,
                federating.isEmpty()
                        ? "In Topology Builder, edit the Edge pool "
                                + facts.site().edgeAccessFqdn()
                                + " and enable federation (port 5061), then Publish-CsTopology."
                        : "In Topology Builder, keep federation enabled on one Edge pool only (clear \"Enable"
                                + " federation\" on the others), then Publish-CsTopology.");
    }

    private static String identities(List<PsObject> objects) {
        return objects.stream().map(o -> o.text("Identity").orElse("?")).collect(Collectors.joining(", "));
    }

    private static Finding serverBuild(HybridFacts facts) throws Exception {
        return new ServerBuilds(facts.site().serverVersion(), facts.site().poolFqdn()).judge(facts.poolServerBuilds());
    }

    private static Finding teamsModule(HybridFacts facts) throws Exception {
        Optional<VersionNumber> version = facts.teamsModule();
        if (version.isEmpty()) {
            return Finding.unmet(
                    "Get-Module -ListAvailable -Name MicrosoftTeams found nothing: Move-CsUser cannot move users",
                    "Install-Module MicrosoftTeams -RequiredVersion " + TeamsModuleWindow.RECOMMENDED);
        }
        return TeamsModuleWindow.judge(version.get());
    }

    private static Finding federationParity(HybridFacts facts) throws Exception {
        FederationParity parity = new FederationParity(
                facts.accessEdge().flag("EnablePartnerDiscovery").orElse(false),
                facts.allowedDomains(),
                facts.blockedDomains(),
                facts.tenantFederation());
        return parity.judge();
    }
}
