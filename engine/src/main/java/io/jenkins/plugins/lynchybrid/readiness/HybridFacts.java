package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.accounts.DialInPolicies;
import io.jenkins.plugins.lynchybrid.adfs.FederationMetadata;
import io.jenkins.plugins.lynchybrid.adfs.FederationMetadataReader;
import io.jenkins.plugins.lynchybrid.dns.Resolution;
import io.jenkins.plugins.lynchybrid.dns.SrvLookup;
import io.jenkins.plugins.lynchybrid.failures.Backoff;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.failures.ReadRetry;
import io.jenkins.plugins.lynchybrid.graph.Domain;
import io.jenkins.plugins.lynchybrid.graph.FederationConfiguration;
import io.jenkins.plugins.lynchybrid.graph.Organization;
import io.jenkins.plugins.lynchybrid.graph.UserLookup;
import io.jenkins.plugins.lynchybrid.provisioning.OnlineUserReader;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.tls.EdgeCertificate;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What a run reads from the hybrid, each piece fetched once and shared by every check that reads it.
 * {@link #prefetch} starts every fetch at once, so a check that waits for its prerequisites finds its data
 * already there.
 */
public final class HybridFacts {
    static final String ONLINE_SIP_TARGET = "sipdir.online.lync.com";
    static final String ONLINE_WEB_TARGET = "webdir.online.lync.com";

    private final ReadinessSources sources;
    private final ReadinessOptions options;
    private final Executor executor;
    private final SharedFetches fetches;

    HybridFacts(ReadinessSources sources, ReadinessOptions options, Executor executor) {
        this.sources = sources;
        this.options = options;
        this.executor = executor;
        this.fetches = new SharedFetches(executor);
    }

    public HybridSite site() {
        return sources.site();
    }

    public ReadinessOptions options() {
        return options;
    }

    public Instant now() {
        return options.clock().instant();
    }

    /** One piece of data a catalogue reads, named so the runner can start it before any check asks. */
    @FunctionalInterface
    public interface Fetch {
        Object from(HybridFacts facts) throws Exception;
    }

    /** Every piece of data the standard catalogue reads. */
    static List<Fetch> standardFetches() {
        List<Fetch> all = new ArrayList<>(List.of(
                HybridFacts::accessEdge,
                HybridFacts::hostingProviders,
                HybridFacts::externalAccessPolicies,
                HybridFacts::edgeServices,
                HybridFacts::sites,
                HybridFacts::replicationStatus,
                HybridFacts::allowedDomains,
                HybridFacts::blockedDomains,
                HybridFacts::poolServerBuilds,
                HybridFacts::managementModule,
                HybridFacts::teamsModule,
                HybridFacts::tenantFederation,
                HybridFacts::organization,
                HybridFacts::federationMetadata,
                HybridFacts::edgeCertificate,
                HybridFacts::accessEdgeAddresses,
                HybridFacts::users,
                HybridFacts::userAccounts,
                HybridFacts::onlineUsers,
                // the conferencing policies' only readers are the licence checks: read them only when those judge users
                facts -> facts.readsUsersOnPremises() ? facts.dialInPolicies() : List.of()));
        DnsRecords.ALL.forEach(record -> all.add(facts -> facts.dnsAnswers(record)));
        return List.copyOf(all);
    }

    /** Starts each fetch without waiting; a failure is kept for the check that reads it to report. */
    void prefetch(List<Fetch> all) {
        all.forEach(fetch -> fetches.start(() -> {
            try {
                fetch.from(this);
            } catch (Exception keptForTheReader) {
                // memoised: the check that reads this piece reports the failure with its own evidence
            }
        }));
    }

    // ---- on-premises, through the Lync Management Shell -------------------------------------------------

    public PsObject accessEdge() throws Exception {
        return single(Calls.getAccessEdge());
    }

    public List<PsObject> hostingProviders() throws Exception {
        return cmdlet(Calls.getHostingProviders());
    }

    public List<PsObject> externalAccessPolicies() throws Exception {
        return cmdlet(Calls.getExternalAccessPolicies());
    }

    public List<PsObject> edgeServices() throws Exception {
        return cmdlet(Calls.getEdgeServers());
    }

    /** Get-CsSite: the sites, whose FederationRoute names the Edge that federates (Set-CsSite.md). */
    public List<PsObject> sites() throws Exception {
        return cmdlet(Calls.getSites());
    }

    public List<PsObject> replicationStatus() throws Exception {
        return cmdlet(Calls.getReplicationStatus());
    }

    /** Get-CsManagementStoreReplicationStatus read afresh, not the run's shared first read. */
    List<PsObject> replicationStatusNow() throws Exception {
        return sources.shell().get().run(Calls.getReplicationStatus());
    }

    public Set<String> allowedDomains() throws Exception {
        return domainNames(cmdlet(Calls.getAllowedDomains()));
    }

    public Set<String> blockedDomains() throws Exception {
        return domainNames(cmdlet(Calls.getBlockedDomains()));
    }

    /**
     * Each server of the site's pool (Get-CsPool Computers) with its own build, read on it through the host's
     * remoting ({@link Calls#readPoolServerBuild}), concurrently; a server that does not answer is unknown.
     */
    public List<ServerBuilds.ServerBuild> poolServerBuilds() throws Exception {
        return fetch("shell pool server builds", () -> {
            List<String> computers = cmdlet(Calls.getPool(site().poolFqdn())).stream()
                    .flatMap(pool -> pool.texts("Computers").stream())
                    .toList();
            return List.copyOf(concurrently(computers, this::serverBuild).values());
        });
    }

    /**
     * The Core Components' version where the server reports one (every cumulative update changes it); otherwise
     * the highest component version, with the component named.
     */
    private ServerBuilds.ServerBuild serverBuild(String computer) {
        boolean patchVersion = hasServerPatchVersion(site().serverVersion());
        try {
            List<PsObject> components = sources.shell().get().run(Calls.readPoolServerBuild(computer, patchVersion));
            return components.stream()
                    .filter(c -> c.text("Version").isPresent())
                    .max(java.util.Comparator.comparing((PsObject c) ->
                                    c.text("Component").orElse("").endsWith("Core Components"))
                            .thenComparing(
                                    c -> VersionNumber.parse(c.text("Version").get())))
                    .map(c -> ServerBuilds.ServerBuild.read(
                            computer,
                            VersionNumber.parse(c.text("Version").get()),
                            c.text("Component").orElse("?")))
                    .orElseGet(() -> ServerBuilds.ServerBuild.unknown(computer, "no component version reported"));
        } catch (Exception e) {
            return ServerBuilds.ServerBuild.unknown(computer, e.getMessage());
        }
    }

    /** The Lync (2013) or SkypeForBusiness (2015+) module this agent has, if any. */
    public Optional<VersionNumber> managementModule() throws Exception {
        return moduleVersion(managementModuleName(site().serverVersion()));
    }

    public Optional<VersionNumber> teamsModule() throws Exception {
        return moduleVersion("MicrosoftTeams");
    }

    static boolean hasServerPatchVersion(ServerVersion version) {
        return version != ServerVersion.LYNC_2013;
    }

    static String managementModuleName(ServerVersion version) {
        return version == ServerVersion.LYNC_2013 ? "Lync" : "SkypeForBusiness";
    }

    private Optional<VersionNumber> moduleVersion(String name) throws Exception {
        return cmdlet(Calls.getModule(name)).stream()
                .flatMap(o -> o.text("Version").stream())
                .map(VersionNumber::parse)
                .max(VersionNumber::compareTo);
    }

    /**
     * Each listed user's on-premises account, keyed by the UPN as listed: every user, however long the list, in
     * Get-CsUser -LdapFilter batches read at once (with their retries), as a move's pre-checks read them.
     */
    public Map<String, AccountReader.Read> userAccounts() throws Exception {
        return fetch("shell Get-CsUser (listed users)", () -> {
            List<String> upns = options.users();
            List<AccountReader.Read> reads = readsUsersOnPremises()
                    ? AccountReader.of(sources.shell().get()).readAll(upns, executor)
                    : List.of();
            Map<String, AccountReader.Read> byUpn = new LinkedHashMap<>();
            for (int i = 0; i < reads.size(); i++) {
                byUpn.put(upns.get(i), reads.get(i));
            }
            return byUpn;
        });
    }

    /** Whether this run reads the listed users' on-premises accounts (and the policies judging them) at all. */
    private boolean readsUsersOnPremises() {
        return !options.users().isEmpty();
    }

    /**
     * Each listed user's online view, keyed by the UPN as listed: Get-CsOnlineUser batched as a move's pre-check
     * reads it ({@link OnlineUserReader}), so a list of any length costs one call per forty users, the calls side by
     * side over the shell hosts.
     */
    public Map<String, OnlineUserReader.Read> onlineUsers() throws Exception {
        return fetch(
                "shell Get-CsOnlineUser (listed users)",
                () -> options.users().isEmpty()
                        ? Map.of()
                        : new OnlineUserReader(
                                        sources.shell().get(),
                                        new ReadRetry(
                                                new FailureClassifier(),
                                                Backoff.exponential(Backoff.DEFAULT_FIRST_DELAY)))
                                .readAll(options.users(), executor));
    }

    /** The conferencing policies that decide which users have dial-in, read as a move reads them. */
    public DialInPolicies dialInPolicies() throws Exception {
        return fetch(
                "shell conferencing policies",
                () -> DialInPolicies.read(sources.shell().get()));
    }

    /** The tenant side's Get-CsTenantFederationConfiguration, through the same host's online session. */
    public PsObject tenantFederation() throws Exception {
        return single(Calls.getTenantFederation());
    }

    private PsObject single(CmdletCall call) throws Exception {
        List<PsObject> objects = cmdlet(call);
        if (objects.isEmpty()) {
            throw new IllegalStateException(call.cmdlet() + " returned no object");
        }
        return objects.get(0);
    }

    private List<PsObject> cmdlet(CmdletCall call) throws Exception {
        return fetch(
                "shell " + call.describe() + " " + call.parameters(),
                () -> sources.shell().get().run(call));
    }

    private static Set<String> domainNames(List<PsObject> objects) {
        Set<String> names = new TreeSet<>();
        objects.forEach(o -> o.text("Domain")
                .or(() -> o.text("Identity"))
                .map(Names::normalise)
                .ifPresent(names::add));
        return names;
    }

    // ---- the tenant, through Graph ------------------------------------------------------------------------

    public Organization organization() throws Exception {
        return fetch("graph organization", () -> sources.directory().get().organization());
    }

    public List<Domain> domains() throws Exception {
        return fetch("graph domains", () -> sources.directory().get().domains());
    }

    /**
     * Every SIP domain to check: the site's, plus each verified tenant domain with OfficeCommunicationsOnline
     * other than the initial *.onmicrosoft.com one.
     */
    public List<String> sipDomains() throws Exception {
        return fetch("sip domains", () -> {
            Set<String> names = new LinkedHashSet<>();
            site().sipDomains().forEach(d -> names.add(Names.normalise(d)));
            domains().stream()
                    .filter(d -> d.communicationsOnline() && !d.isInitial())
                    .forEach(d -> names.add(Names.normalise(d.id())));
            return List.copyOf(names);
        });
    }

    /**
     * The SIP domains for the checks that do not need the tenant: {@link #sipDomains()} when Graph answers, else
     * the site's own with a note saying the tenant's other SIP domains went unchecked.
     */
    SipDomains sipDomainsForDns() {
        try {
            return new SipDomains(sipDomains(), Optional.empty());
        } catch (Exception e) {
            List<String> site =
                    site().sipDomains().stream().map(Names::normalise).toList();
            return new SipDomains(
                    site,
                    Optional.of("Only the site's SIP domains (" + String.join(", ", site) + ") were checked: the"
                            + " tenant's domain list could not be read (" + e.getMessage() + ")."));
        }
    }

    /** The site's SIP domains as the tenant knows them; a missing domain maps to empty. */
    public Map<String, Optional<Domain>> siteDomains() throws Exception {
        List<Domain> all = domains();
        Map<String, Optional<Domain>> result = new LinkedHashMap<>();
        for (String name : site().sipDomains()) {
            result.put(name, all.stream().filter(d -> Names.same(d.id(), name)).findFirst());
        }
        return result;
    }

    /** Each federated site SIP domain's federation configuration (empty when Graph has none). */
    public Map<String, Optional<FederationConfiguration>> federationConfigurations() throws Exception {
        return fetch("graph federationConfiguration", () -> {
            List<String> federated = siteDomains().entrySet().stream()
                    .filter(e -> e.getValue().map(Domain::federated).orElse(false))
                    .map(Map.Entry::getKey)
                    .toList();
            return concurrently(federated, d -> sources.directory().get().federationConfiguration(d));
        });
    }

    /** The AD FS metadata each federation configuration points at, keyed by the metadata URL. */
    public Map<URI, FederationMetadata> federationMetadata() throws Exception {
        return fetch("adfs metadata", () -> {
            Set<URI> urls = new LinkedHashSet<>();
            federationConfigurations().values().stream()
                    .flatMap(Optional::stream)
                    .forEach(c -> urls.add(metadataUrl(c)));
            return concurrently(List.copyOf(urls), url -> sources.adfs().get().read(url));
        });
    }

    /** AD FS serves its metadata at a fixed path on the host of its metadata exchange (MEX) endpoint. */
    static URI metadataUrl(FederationConfiguration configuration) {
        return FederationMetadataReader.metadataUrl(URI.create(configuration.metadataExchangeUri()));
    }

    public Map<String, UserLookup> users() throws Exception {
        return fetch(
                "graph users",
                () -> options.users().isEmpty()
                        ? Map.of()
                        : sources.directory().get().users(options.users()));
    }

    // ---- DNS and TLS ------------------------------------------------------------------------------------

    /** One kind of record (e.g. the federation SRV) for every SIP domain, looked up concurrently. */
    public Map<String, DnsAnswer> dnsAnswers(DnsRecords record) throws Exception {
        return fetch(
                "dns " + record.prefix(),
                () -> concurrently(sipDomainsForDns().names(), domain -> answer(record, domain)));
    }

    /**
     * The public addresses of the Access Edge's external name: what every SIP domain's records must resolve to
     * (plan-hybrid-connectivity, DNS settings: "resolving to Access Edge external IP(s)").
     */
    public Resolution accessEdgeAddresses() throws Exception {
        return fetch("dns access edge", () -> sources.dns().addresses(site().edgeAccessFqdn()));
    }

    private DnsAnswer answer(DnsRecords record, String domain) {
        String name = record.prefix() + domain;
        if (!record.srv()) {
            return new DnsAnswer(name, Optional.empty(), List.of(sources.dns().addresses(name)));
        }
        SrvLookup lookup = sources.dns().srv(name);
        List<Resolution> resolved = new ArrayList<>();
        lookup.targets().forEach(t -> resolved.add(sources.dns().addresses(t.target())));
        return new DnsAnswer(name, Optional.of(lookup), resolved);
    }

    public EdgeCertificate edgeCertificate() throws Exception {
        return fetch("tls edge", () -> sources.tls().probeEdge(site()));
    }

    List<FetchTiming> timings() {
        return fetches.timings();
    }

    private <T> T fetch(String key, Callable<T> fetch) throws Exception {
        return fetches.get(key, fetch);
    }

    private <K, V> Map<K, V> concurrently(List<K> keys, Function<K, V> fetch) throws Exception {
        return fetches.concurrently(keys, fetch);
    }
}
