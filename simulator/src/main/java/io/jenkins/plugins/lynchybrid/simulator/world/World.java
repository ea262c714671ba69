package io.jenkins.plugins.lynchybrid.simulator.world;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The whole simulated contoso.com hybrid, in memory: the tenant and its domains, AD FS, the on-premises Lync
 * deployment's settings and users, the public DNS zone, and the faults in force. Every protocol front end
 * (HTTPS, DNS, the shell) reads and changes this one object; all access goes through its monitor so each
 * call sees a consistent state. Configuration objects are kept as ordered property maps with the real
 * objects' property names, since that is what the cmdlets return.
 */
public final class World {
    /** The seed of random faults unless a test picks another. */
    public static final long FAULT_SEED = 21;

    public static final String SIP_DOMAIN = "contoso.com";
    public static final String SECOND_SIP_DOMAIN = "fabrikam.contoso.com";
    public static final String TENANT_DOMAIN = "contoso.onmicrosoft.com";
    public static final String POOL_FQDN = "pool01.contoso.com";
    /** A replication status entry's own field (not output): when the replica catches up, on the world's clock. */
    public static final String REPLICA_CATCHES_UP_AT = "simulator.catchesUpAt";
    /** A second Front End pool, present once {@link #addRegistrarPool} adds it. */
    /** GCC High's Connect-MicrosoftTeams environment and Lync Online names (Cloud.GCC_HIGH in the engine). */
    public static final String GCC_HIGH_TEAMS_ENVIRONMENT = "TeamsGCCH";

    public static final String GCC_HIGH_SIPFED = "sipfed.online.gov.skypeforbusiness.us";
    public static final String GCC_HIGH_AUTODISCOVER_URL =
            "https://webdir.online.gov.skypeforbusiness.us/Autodiscover/AutodiscoverService.svc/root";

    /** The pool server {@code pool-server-below-minimum} adds on an outdated build. */
    public static final String OUTDATED_SERVER = "fe03.contoso.com";
    /** The Edge server's CMS replica. */
    public static final String EDGE_REPLICA = "edge01.contoso.com";

    public static final String SECOND_POOL_FQDN = "pool02.contoso.com";

    public static final String EDGE_POOL_FQDN = "edgepool01.contoso.com";
    public static final String ACCESS_EDGE_FQDN = "sip.contoso.com";
    /** The Access Edge's external address in the public zone (loopback: the simulated Edge listens there). */
    public static final String ACCESS_EDGE_ADDRESS = "127.0.0.1";
    /** An address that is not the Access Edge (RFC 5737 documentation range): where a stale record may lead. */
    public static final String RETIRED_EDGE_ADDRESS = "192.0.2.10";

    public static final String ADFS_HOST = "sts.contoso.com";
    public static final String WEB_CONFERENCING_EDGE_FQDN = "webcon.contoso.com";
    public static final String AV_EDGE_FQDN = "av.contoso.com";
    public static final String SIPFED = "sipfed.online.lync.com";
    public static final String AUTODISCOVER_URL =
            "https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root";
    public static final String HOSTED_MIGRATION_URL =
            "https://admin0a.online.lync.com/HostedMigration/hostedmigrationService.svc";
    public static final String ADMIN_USERNAME = "admin@" + TENANT_DOMAIN;
    /** The per-user (tag) conferencing policy that allows dial-in conferencing; Get-CsUser shows it by this name. */
    public static final String DIAL_IN_POLICY = "DialInAllowed";
    /** The on-premises administrator a remote OcsPowershell session may sign in as. */
    public static final String POOL_ADMIN_USERNAME = "CONTOSO\\lyncadmin";

    public static final String PUBLIC_CLIENT_ID = "d3590ed6-52b3-4102-aeff-aad2292ab01c";
    public static final String APP_CLIENT_ID = "5a5c2b1e-3f0c-4b7a-9d52-6c1f0e8a7b21";

    private final String tenantId = UUID.randomUUID().toString();
    private final char[] adminPassword;
    private final String appClientSecret = UUID.randomUUID().toString();
    private final String poolAdminPassword = UUID.randomUUID().toString();
    private final List<String> poolSessionUsers = new ArrayList<>();
    private final Map<String, Object> organization = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> domains = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> federationConfigurations = new LinkedHashMap<>();
    private final Map<String, Object> tenantFederation = new LinkedHashMap<>();
    private final Map<String, Object> accessEdge = new LinkedHashMap<>();
    private final List<Map<String, Object>> hostingProviders = new ArrayList<>();
    private final List<Map<String, Object>> externalAccessPolicies = new ArrayList<>();
    private final List<Map<String, Object>> conferencingPolicies = new ArrayList<>();
    private final List<Map<String, Object>> services = new ArrayList<>();
    private final List<Map<String, Object>> sites = new ArrayList<>();
    private final List<Map<String, Object>> replicationStatus = new ArrayList<>();
    private final List<String> allowedDomains = new ArrayList<>();
    private final List<String> blockedDomains = new ArrayList<>();
    private final Map<String, Object> agent = new LinkedHashMap<>();
    private final Map<String, List<String>> poolComputers = new LinkedHashMap<>();
    private final List<String> teamsConnections = new ArrayList<>();
    private String teamsEnvironment;
    private String serviceInstance = "microsoftcommunicationsonline/noam-4a-s7";
    private final Map<String, String> serverBuilds = new LinkedHashMap<>();
    private final List<DnsRecord> dnsZone = new ArrayList<>();
    private final Map<String, OnPremUser> usersBySip = new LinkedHashMap<>();
    private final Map<String, OnPremUser> usersByUpn = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<String> refusedCalls = new ArrayList<>();
    private final AtomicInteger moduleImports = new AtomicInteger();
    private final SignIns signIns = new SignIns();
    private final ShellCalls shellCalls = new ShellCalls();
    private final Set<String> unreadableUsers = new HashSet<>();
    private final List<String> brokenUsers = new ArrayList<>();
    private final Map<String, MeetingMigration> meetingMigrations = new LinkedHashMap<>();
    private final Map<String, String> meetingMigrationFailures = new HashMap<>();
    private double meetingMigrationFailureRate;
    private final OnlineProvisioning provisioning = new OnlineProvisioning();
    private final TeamsUpgradePolicies teamsUpgradePolicies = new TeamsUpgradePolicies();
    private Pki.Issued adfsSigning;
    private String adfsEntityId = "http://" + ADFS_HOST + "/adfs/services/trust";
    private boolean adfsMetadataReachable = true;
    private final List<Pki.Issued> adfsPublishedSigning = new ArrayList<>();
    private String graphRetryAfter = "0.75";
    private int throttleNext;
    private Random faultDice = new Random(FAULT_SEED);
    private Duration clockAdvance = Duration.ZERO;
    private Pki.Issued appCertificate;
    private Faults faults = Faults.none();
    private MovePause movePause;
    private ServerProduct product = ServerProduct.LYNC_2013;
    private String scenario = "healthy";
    private EdgeCertificateProfile edgeCertificate = EdgeCertificateProfile.healthy(Instant.now());
    private final Set<String> failingDnsNames = new HashSet<>();
    private final Set<String> refusedDnsNames = new HashSet<>();

    /** A hybrid of {@code userCount} on-premises users in the {@code healthy} state. */
    public World(int userCount, char[] adminPassword) {
        if (userCount < 1 || userCount > 200_000) {
            throw new IllegalArgumentException("user count " + userCount + " is outside 1..200000");
        }
        this.adminPassword = adminPassword.clone();
        Instant now = Instant.now();
        adfsSigning = Pki.selfSigned(
                "ADFS Signing - " + ADFS_HOST, now.minus(Duration.ofDays(200)), now.plus(Duration.ofDays(165)));
        seedTenant(now);
        seedOnPremises();
        seedDns();
        for (int i = 1; i <= userCount; i++) {
            addUser(String.format(Locale.ROOT, "user%05d", i), i);
        }
    }

    private void seedTenant(Instant now) {
        organization.put("id", tenantId);
        organization.put("displayName", "Contoso");
        organization.put("onPremisesSyncEnabled", true);
        organization.put(
                "onPremisesLastSyncDateTime", now.minus(Duration.ofMinutes(25)).toString());
        organization.put("defaultUsageLocation", "US");
        for (String name : List.of(SIP_DOMAIN, SECOND_SIP_DOMAIN, TENANT_DOMAIN)) {
            Map<String, Object> domain = new LinkedHashMap<>();
            boolean initial = name.equals(TENANT_DOMAIN);
            domain.put("id", name);
            domain.put("authenticationType", initial ? "Managed" : "Federated");
            domain.put("isVerified", true);
            domain.put("isDefault", name.equals(SIP_DOMAIN));
            domain.put("isRoot", !name.equals(SECOND_SIP_DOMAIN));
            domain.put("isInitial", initial);
            domain.put("isAdminManaged", true);
            domain.put("supportedServices", new ArrayList<>(List.of("Email", "OfficeCommunicationsOnline")));
            // documented properties Graph returns as null when unset (api-reference/v1.0/resources/domain.md)
            domain.put("availabilityStatus", null);
            domain.put("passwordNotificationWindowInDays", null);
            domain.put("passwordValidityPeriodInDays", null);
            domain.put("state", null);
            domains.put(name, domain);
            if (!initial) {
                federationConfigurations.put(name, federationFor(name));
            }
        }
        tenantFederation.put("Identity", "Global");
        tenantFederation.put("AllowFederatedUsers", true);
        tenantFederation.put("AllowPublicUsers", true);
        tenantFederation.put("SharedSipAddressSpace", true);
        tenantFederation.put("AllowedDomains", "AllowAllKnownDomains");
        tenantFederation.put("BlockedDomains", new ArrayList<String>());
    }

    private Map<String, Object> federationFor(String domain) {
        Map<String, Object> fed = new LinkedHashMap<>();
        fed.put("@odata.type", "#microsoft.graph.internalDomainFederation");
        fed.put(
                "id",
                UUID.nameUUIDFromBytes(domain.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString());
        fed.put("displayName", "Contoso");
        fed.put("issuerUri", adfsEntityId);
        fed.put("metadataExchangeUri", "https://" + ADFS_HOST + "/adfs/services/trust/mex");
        fed.put("passiveSignInUri", "https://" + ADFS_HOST + "/adfs/ls");
        fed.put("activeSignInUri", "https://" + ADFS_HOST + "/adfs/services/trust/2005/usernamemixed");
        fed.put("signOutUri", "https://" + ADFS_HOST + "/adfs/ls");
        fed.put("signingCertificate", adfsSigningCertificateBase64());
        fed.put("nextSigningCertificate", null);
        fed.put("preferredAuthenticationProtocol", "wsFed");
        fed.put("promptLoginBehavior", "nativeSupport");
        fed.put("federatedIdpMfaBehavior", "rejectMfaByFederatedIdp");
        fed.put("isSignedAuthenticationRequestRequired", false);
        fed.put(
                "signingCertificateUpdateStatus",
                Map.of(
                        "certificateUpdateResult",
                        "Success",
                        "lastRunDateTime",
                        Instant.now().minus(Duration.ofDays(1)).toString()));
        return fed;
    }

    private void seedOnPremises() {
        accessEdge.put("Identity", "Global");
        accessEdge.put("AllowAnonymousUsers", true);
        accessEdge.put("AllowFederatedUsers", true);
        accessEdge.put("AllowOutsideUsers", true);
        accessEdge.put("BeClearingHouse", false);
        accessEdge.put("EnablePartnerDiscovery", true);
        accessEdge.put("EnableArchivingDisclaimer", false);
        accessEdge.put("KeepCrlsUpToDateForPeers", true);
        accessEdge.put("MarkSourceVerifiableOnOutgoingMessages", true);
        accessEdge.put("OutgoingTlsCountForFederatedPartners", 4);
        accessEdge.put("DiscoveredPartnerVerificationLevel", "UseSourceVerification");
        hostingProviders.add(lyncOnlineProvider());
        Map<String, Object> exchange = new LinkedHashMap<>();
        exchange.put("Identity", "Exchange Online");
        exchange.put("Name", "Exchange Online");
        exchange.put("ProxyFqdn", "exap.um.outlook.com");
        exchange.put("VerificationLevel", "UseSourceVerification");
        exchange.put("Enabled", true);
        exchange.put("EnabledSharedAddressSpace", true);
        exchange.put("HostsOCSUsers", false);
        exchange.put("IsLocal", false);
        exchange.put("AutodiscoverUrl", null);
        exchange.put("SipClientPort", 443);
        hostingProviders.add(exchange);
        Map<String, Object> global = new LinkedHashMap<>();
        global.put("Identity", "Global");
        global.put("EnableFederationAccess", true);
        global.put("EnableXmppAccess", false);
        global.put("EnablePublicCloudAccess", false);
        global.put("EnablePublicCloudAudioVideoAccess", false);
        global.put("EnableOutsideAccess", true);
        externalAccessPolicies.add(global);
        // A real deployment's default Global policy allows dial-in; here it starts off, so the seeded users are not
        // dial-in users and every move scenario keeps its outcome. Tests grant the tag policy to make one.
        conferencingPolicies.add(conferencingPolicy("Global", false));
        conferencingPolicies.add(conferencingPolicy("Tag:" + DIAL_IN_POLICY, true));
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("Identity", "EdgeServer:" + EDGE_POOL_FQDN);
        edge.put("Registrar", "Registrar:" + POOL_FQDN);
        edge.put("AccessEdgeInternalSipPort", 5061);
        edge.put("AccessEdgeExternalSipPort", 5061);
        edge.put("AccessEdgeClientSipPort", 443);
        edge.put("AccessEdgeExternalFqdn", ACCESS_EDGE_FQDN);
        edge.put("DataProxyFqdn", "webcon.contoso.com");
        edge.put("MediaRelayExternalFqdn", "av.contoso.com");
        edge.put("PoolFqdn", EDGE_POOL_FQDN);
        edge.put("SiteId", "Site:Redmond");
        services.add(edge);
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("Identity", "Site:Redmond");
        site.put("SiteType", "CentralSite");
        site.put("Pools", new ArrayList<>(List.of(POOL_FQDN, EDGE_POOL_FQDN)));
        // Set-CsSite -FederationRoute names the federating Edge as a service identity (Set-CsSite.md).
        site.put("FederationRoute", "EdgeServer:" + EDGE_POOL_FQDN);
        sites.add(site);
        addRegistrarPool(POOL_FQDN);
        for (String replica : List.of("fe01.contoso.com", "fe02.contoso.com", EDGE_REPLICA)) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("UpToDate", true);
            status.put("ReplicaFqdn", replica);
            status.put("LastStatusReport", Instant.now().minusSeconds(60).toString());
            status.put("LastUpdateCreation", Instant.now().minusSeconds(90).toString());
            replicationStatus.add(status);
        }
        agent.put("LyncModule", true);
        poolComputers.put(POOL_FQDN, new ArrayList<>(List.of("fe01.contoso.com", "fe02.contoso.com")));
        install(ServerProduct.LYNC_2013);
        agent.put("MicrosoftTeamsModuleVersion", "6.9.0");
    }

    private static Map<String, Object> conferencingPolicy(String identity, boolean dialIn) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("Identity", identity);
        policy.put("AllowIPAudio", true);
        policy.put("AllowIPVideo", true);
        policy.put("AllowAnonymousParticipantsInMeetings", true);
        policy.put("AllowAnonymousUsersToDialOut", false);
        policy.put("EnableDialInConferencing", dialIn);
        policy.put("MaxMeetingSize", 250);
        return policy;
    }

    private static Map<String, Object> lyncOnlineProvider() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("Identity", "LyncOnline");
        p.put("Name", "LyncOnline");
        p.put("ProxyFqdn", SIPFED);
        p.put("VerificationLevel", "UseSourceVerification");
        p.put("Enabled", true);
        p.put("EnabledSharedAddressSpace", true);
        p.put("HostsOCSUsers", true);
        p.put("IsLocal", false);
        p.put("AutodiscoverUrl", AUTODISCOVER_URL);
        p.put("SipClientPort", 443);
        return p;
    }

    private void seedDns() {
        for (String domain : List.of(SIP_DOMAIN, SECOND_SIP_DOMAIN)) {
            dnsZone.add(DnsRecord.srv("_sipfederationtls._tcp." + domain, ACCESS_EDGE_FQDN, 5061));
            dnsZone.add(DnsRecord.srv("_sip._tls." + domain, ACCESS_EDGE_FQDN, 443));
            if (!domain.equals(SIP_DOMAIN)) {
                dnsZone.add(DnsRecord.cname("sip." + domain, ACCESS_EDGE_FQDN));
            }
            dnsZone.add(DnsRecord.cname("lyncdiscover." + domain, "webext.contoso.com"));
        }
        dnsZone.add(DnsRecord.a(ACCESS_EDGE_FQDN, ACCESS_EDGE_ADDRESS));
        dnsZone.add(DnsRecord.a("webext.contoso.com", "127.0.0.1"));
        dnsZone.add(DnsRecord.a(ADFS_HOST, "127.0.0.1"));
        dnsZone.add(DnsRecord.a("webcon.contoso.com", "127.0.0.1"));
        dnsZone.add(DnsRecord.a("av.contoso.com", "127.0.0.1"));
    }

    private void addUser(String alias, int index) {
        String address = alias + "@" + SIP_DOMAIN;
        OnPremUser user = new OnPremUser(
                "sip:" + address,
                address,
                "User " + alias.substring(4),
                "CN=User " + alias.substring(4) + ",OU=" + (index % 50 == 0 ? "Executives" : "Users")
                        + ",OU=Lync,DC=contoso,DC=com",
                POOL_FQDN);
        user.assignedPlans.add(OnPremUser.AssignedPlan.SKYPE_ONLINE_PLAN_2);
        user.assignedPlans.add(OnPremUser.AssignedPlan.TEAMS);
        if (index % 20 == 0) {
            user.enterpriseVoiceEnabled = true;
            user.lineUri = String.format(Locale.ROOT, "tel:+1425555%04d", index % 10_000);
            user.assignedPlans.add(OnPremUser.AssignedPlan.PHONE_SYSTEM);
        }
        usersBySip.put(key(address), user);
        usersByUpn.put(key(address), user);
    }

    static String key(String identity) {
        String value = identity.toLowerCase(Locale.ROOT);
        return value.startsWith("sip:") ? value.substring(4) : value;
    }

    // ---- reading and changing the world: always under the monitor --------------------------------------

    /** Runs {@code action} under the world's lock, so a protocol handler sees and changes a consistent state. */
    public synchronized <T> T read(Function<World, T> action) {
        return action.apply(this);
    }

    public synchronized void change(java.util.function.Consumer<World> action) {
        action.accept(this);
    }

    public String tenantId() {
        return tenantId;
    }

    public boolean adminPasswordMatches(char[] candidate) {
        return java.security.MessageDigest.isEqual(
                new String(adminPassword).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new String(candidate).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String appClientSecret() {
        return appClientSecret;
    }

    public Map<String, Object> organization() {
        return organization;
    }

    public Map<String, Map<String, Object>> domains() {
        return domains;
    }

    /** Domain id → the internalDomainFederation object; absent when the domain is not federated. */
    public Map<String, Map<String, Object>> federationConfigurations() {
        return federationConfigurations;
    }

    public Map<String, Object> tenantFederation() {
        return tenantFederation;
    }

    public Map<String, Object> accessEdge() {
        return accessEdge;
    }

    public List<Map<String, Object>> hostingProviders() {
        return hostingProviders;
    }

    public List<Map<String, Object>> externalAccessPolicies() {
        return externalAccessPolicies;
    }

    /** Get-CsConferencingPolicy objects: Global, any Site: policies and the per-user Tag: policies. */
    public List<Map<String, Object>> conferencingPolicies() {
        return conferencingPolicies;
    }

    /** Get-CsService objects: Edge pools and registrars. */
    public List<Map<String, Object>> services() {
        return services;
    }

    public List<Map<String, Object>> replicationStatus() {
        return replicationStatus;
    }

    public List<String> allowedDomains() {
        return allowedDomains;
    }

    public List<String> blockedDomains() {
        return blockedDomains;
    }

    /** What the agent machine has: Lync module present, server version and patch, MicrosoftTeams module version. */
    public Map<String, Object> agent() {
        return agent;
    }

    /** Get-CsSite objects: the central site, whose FederationRoute names the federating Edge. */
    public List<Map<String, Object>> sites() {
        return sites;
    }

    /** The on-premises product, whose cmdlet surface the shell binds against. */
    public ServerProduct product() {
        return product;
    }

    /** Makes the on-premises servers {@code value}, at the lowest build that may still move users. */
    public void install(ServerProduct value) {
        product = value;
        agent.put("ServerVersion", value.serverVersion());
        agent.put("PatchVersion", value.patchVersion());
        poolComputers.values().forEach(computers -> computers.forEach(c -> serverBuilds.put(c, value.patchVersion())));
    }

    /**
     * The Teams environment the tenant lives in, as Connect-MicrosoftTeams names it ("TeamsGCCH", "TeamsDOD",
     * "TeamsChina"); {@code null} for the commercial cloud.
     */
    public String teamsEnvironment() {
        return teamsEnvironment;
    }

    public void teamsEnvironment(String value) {
        teamsEnvironment = value;
    }

    /** Get-CsTenant's ServiceInstance (undocumented; the contract keeps it with its reason). */
    public String serviceInstance() {
        return serviceInstance;
    }

    public void serviceInstance(String value) {
        serviceInstance = value;
    }

    /** The -TeamsEnvironmentName of every Connect-MicrosoftTeams a host made ("" without one), in order. */
    public List<String> teamsConnections() {
        return teamsConnections;
    }

    /** Each Front End pool's servers (Get-CsPool Computers), by pool FQDN. */
    public Map<String, List<String>> poolComputers() {
        return poolComputers;
    }

    /**
     * Each pool server's own build, by computer FQDN: what Get-CsServerPatchVersion (SfB 2015/2019) or Programs and
     * Features (Lync 2013) shows on that server. A server mapped to {@code null} does not answer remoting.
     */
    public Map<String, String> serverBuilds() {
        return serverBuilds;
    }

    public List<DnsRecord> dnsZone() {
        return dnsZone;
    }

    public Collection<OnPremUser> users() {
        return usersBySip.values();
    }

    /**
     * Adds an on-premises user homed on the first pool, licensed as the seeded users are, whose SIP address
     * ({@code sip:} added when missing) and UPN are chosen by the caller: a SIP address that differs from the UPN, or
     * one with characters an LDAP filter must escape ({@code *}, {@code (}, {@code )}, {@code \}). Call inside
     * {@link #change}.
     */
    public OnPremUser addUser(String sipAddress, String userPrincipalName, String displayName) {
        String sip = sipAddress.toLowerCase(Locale.ROOT).startsWith("sip:") ? sipAddress : "sip:" + sipAddress;
        OnPremUser user = new OnPremUser(
                sip,
                userPrincipalName,
                displayName,
                "CN=" + displayName.replace(",", "\\,") + ",OU=Users,OU=Lync,DC=contoso,DC=com",
                POOL_FQDN);
        user.assignedPlans.add(OnPremUser.AssignedPlan.SKYPE_ONLINE_PLAN_2);
        user.assignedPlans.add(OnPremUser.AssignedPlan.TEAMS);
        usersBySip.put(key(sip), user);
        usersByUpn.put(key(userPrincipalName), user);
        return user;
    }

    /** Finds a user by SIP address (with or without {@code sip:}) or UPN. */
    public Optional<OnPremUser> user(String identity) {
        String k = key(identity);
        OnPremUser user = usersBySip.get(k);
        return Optional.ofNullable(user != null ? user : usersByUpn.get(k));
    }

    /**
     * Re-homes {@code user} as a completed Move-CsUser does: the deployment locator and registrar pool change
     * and the user's move count grows. Call inside {@link #change}.
     */
    public void rehome(OnPremUser user, String hostingProvider, String registrarPool) {
        user.hostingProvider = hostingProvider;
        user.registrarPool = registrarPool;
        user.moves++;
        if (user.isOnline()) {
            queueMeetingMigration(user);
        }
    }

    /**
     * A move to the cloud triggers the Meeting Migration Service for the user (the MMS article: "when you use the
     * on-premises admin tools (either Move-CsUser or the Admin Control Panel) to move a user to the cloud, existing
     * meetings are automatically moved"); a later move replaces the earlier migration.
     */
    private void queueMeetingMigration(OnPremUser user) {
        String k = key(user.userPrincipalName);
        String failure = meetingMigrationFailures.get(k);
        if (failure == null && meetingMigrationFailureRate > 0 && faultStrikes(meetingMigrationFailureRate)) {
            failure = "Mailbox of organizer " + user.userPrincipalName + " is not on Exchange Online; "
                    + (1 + Math.abs(k.hashCode()) % 7) + " meetings were not updated";
        }
        int meetings = 1 + Math.abs(k.hashCode()) % 12;
        meetingMigrations.put(k, new MeetingMigration(user.objectId, user.userPrincipalName, now(), meetings, failure));
    }

    /** The user's latest meeting migration, if a move to the cloud triggered one. */
    public Optional<MeetingMigration> meetingMigration(OnPremUser user) {
        return Optional.ofNullable(meetingMigrations.get(key(user.userPrincipalName)));
    }

    public Collection<MeetingMigration> meetingMigrations() {
        return List.copyOf(meetingMigrations.values());
    }

    /**
     * The next meeting migration of {@code identity}'s user meets {@code error} on every attempt: it fails once MMS
     * has retried (simulator wording for the error: Microsoft publishes none).
     */
    public void failMeetingMigration(String identity, String error) {
        meetingMigrationFailures.put(key(user(identity).orElseThrow().userPrincipalName), error);
    }

    /** Each meeting migration fails with this probability (seeded, {@link #faultStrikes}). */
    public void meetingMigrationFailureRate(double rate) {
        meetingMigrationFailureRate = rate;
    }

    /** Counts a Move-CsUser call naming {@code identity}, whatever its answer; unknown identities count nowhere. */
    public void countMoveCall(String identity) {
        user(identity).ifPresent(u -> u.moveCalls++);
    }

    /** Adds a Front End pool (its Registrar service, in the first pool's site and behind the same Edge). */
    public void addRegistrarPool(String fqdn) {
        Map<String, Object> registrar = new LinkedHashMap<>();
        registrar.put("Identity", "Registrar:" + fqdn);
        registrar.put("PoolFqdn", fqdn);
        registrar.put("EdgeServer", "EdgeServer:" + EDGE_POOL_FQDN);
        registrar.put("SiteId", "Site:Redmond");
        services.add(registrar);
        sites.stream()
                .filter(site -> "Site:Redmond".equals(site.get("Identity")))
                .forEach(site -> {
                    @SuppressWarnings("unchecked")
                    List<String> pools = (List<String>) site.get("Pools");
                    if (!pools.contains(fqdn)) {
                        pools.add(fqdn);
                    }
                });
    }

    /** Homes the on-premises {@code user} on {@code pool}, as if they had always been there (no move counted). */
    public void homeOnPool(OnPremUser user, String pool) {
        if (services.stream().noneMatch(s -> ("Registrar:" + pool).equalsIgnoreCase((String) s.get("Identity")))) {
            throw new IllegalArgumentException(pool + " is not a registrar pool of this world");
        }
        if (user.isOnline()) {
            throw new IllegalArgumentException(user.sipAddress() + " is online, not on a pool");
        }
        user.registrarPool = pool;
    }

    /** Gives {@code user} a licence plan, as a licensing change in the tenant would. */
    public void assign(OnPremUser user, OnPremUser.AssignedPlan plan) {
        unassign(user, plan);
        user.assignedPlans.add(plan);
    }

    /**
     * Grants {@code user} the per-user conferencing policy {@code name} (its Identity without {@code Tag:}), as
     * Grant-CsConferencingPolicy does; {@code null} returns the user to the site or Global policy.
     */
    public void grantConferencingPolicy(OnPremUser user, String name) {
        user.conferencingPolicy = name;
    }

    /** Takes a licence plan away from {@code user}, as a licensing change in the tenant would. */
    public void unassign(OnPremUser user, OnPremUser.AssignedPlan plan) {
        user.assignedPlans.removeIf(p -> p.servicePlanId().equals(plan.servicePlanId()));
    }

    public Pki.Issued adfsSigning() {
        return adfsSigning;
    }

    public void adfsSigning(Pki.Issued value) {
        adfsSigning = value;
    }

    public String adfsSigningCertificateBase64() {
        try {
            return Base64.getEncoder().encodeToString(adfsSigning.certificate().getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String adfsEntityId() {
        return adfsEntityId;
    }

    public void adfsEntityId(String value) {
        adfsEntityId = value;
    }

    /**
     * The token-signing certificates AD FS publishes in its metadata, in order; empty means the one it signs
     * with ({@link #adfsSigning()}). During a rollover AD FS publishes the primary and the secondary certificate
     * (two signing KeyDescriptors); after it, only the new one.
     */
    public List<Pki.Issued> adfsPublishedSigning() {
        return adfsPublishedSigning.isEmpty() ? List.of(adfsSigning) : List.copyOf(adfsPublishedSigning);
    }

    public void adfsPublishedSigning(List<Pki.Issued> value) {
        adfsPublishedSigning.clear();
        adfsPublishedSigning.addAll(value);
    }

    /**
     * AD FS has rolled its token-signing certificate over to {@code next}: it signs with it and publishes only it,
     * while Entra ID still holds the old one as signingCertificate and has picked the new one up as
     * nextSigningCertificate (internaldomainfederation.md), as before its auto-rollover promotes it.
     */
    public void adfsRolledOverTo(Pki.Issued next) {
        String old = adfsSigningCertificateBase64();
        adfsSigning = next;
        adfsPublishedSigning(List.of(next));
        String nextBase64 = adfsSigningCertificateBase64();
        for (Map<String, Object> fed : federationConfigurations.values()) {
            fed.put("signingCertificate", old);
            fed.put("nextSigningCertificate", nextBase64);
        }
    }

    /**
     * The Retry-After value throttled Graph answers carry. Graph sends fractional seconds (microsoft-graph-docs-
     * contrib concepts/throttling.md, "Sample response": {@code Retry-After: 2.128}); RFC 9110 §10.2.3 also allows
     * an HTTP-date.
     */
    public String graphRetryAfter() {
        return graphRetryAfter;
    }

    public void graphRetryAfter(String value) {
        graphRetryAfter = value;
    }

    /**
     * Whether a fault of this {@code rate} strikes now. Seeded (see {@link #seedFaults}), so a run draws the same
     * sequence every time instead of failing in one run of a hundred.
     */
    public synchronized boolean faultStrikes(double rate) {
        return rate > 0 && faultDice.nextDouble() < rate;
    }

    public synchronized void seedFaults(long seed) {
        faultDice = new Random(seed);
    }

    /** The simulated services' time: the real clock plus whatever a test has let pass ({@link #advanceClock}). */
    public synchronized Instant now() {
        return Instant.now().plus(clockAdvance);
    }

    /** Lets time pass for the simulated services without a test waiting for it, e.g. past a token's expiry. */
    public synchronized void advanceClock(Duration by) {
        clockAdvance = clockAdvance.plus(by);
    }

    /** Throttles the next {@code calls} Graph requests or batch items, whatever the throttle rate. */
    public void throttleNext(int calls) {
        throttleNext = calls;
    }

    /** Whether this Graph call is one of those {@link #throttleNext} asked for; counts it down. */
    public boolean takeForcedThrottle() {
        if (throttleNext <= 0) {
            return false;
        }
        throttleNext--;
        return true;
    }

    public boolean adfsMetadataReachable() {
        return adfsMetadataReachable;
    }

    public void adfsMetadataReachable(boolean value) {
        adfsMetadataReachable = value;
    }

    /** What the Access Edge's external certificate says. */
    public EdgeCertificateProfile edgeCertificate() {
        return edgeCertificate;
    }

    public void edgeCertificate(EdgeCertificateProfile value) {
        edgeCertificate = value;
    }

    /**
     * Names (lower case, no trailing dot) whose authoritative servers are broken: the resolver answers SERVFAIL
     * for them, as it does for a lame delegation or a failed DNSSEC validation.
     */
    public Set<String> failingDnsNames() {
        return failingDnsNames;
    }

    /** Names (lower case, no trailing dot) the resolver refuses to answer (REFUSED), as one that does not recurse for the asker. */
    public Set<String> refusedDnsNames() {
        return refusedDnsNames;
    }

    /**
     * The certificate registered on the app registration {@link #APP_CLIENT_ID} for app-only sign-in, made on
     * first use. Its private key is what the app's owner holds.
     */
    public Pki.Issued appCertificate() {
        if (appCertificate == null) {
            Instant now = Instant.now();
            appCertificate =
                    Pki.selfSigned("lync-hybrid automation", now.minusSeconds(3600), now.plus(Duration.ofDays(365)));
        }
        return appCertificate;
    }

    /**
     * Points every federation configuration's AD FS endpoints at {@code baseUrl} (scheme, host and port,
     * no trailing slash) so clients can reach the simulated AD FS; issuer URIs stay as identifiers.
     */
    public void federationEndpointsAt(String baseUrl) {
        String from = "https://" + ADFS_HOST;
        for (Map<String, Object> fed : federationConfigurations.values()) {
            for (String field : List.of("metadataExchangeUri", "passiveSignInUri", "activeSignInUri", "signOutUri")) {
                Object value = fed.get(field);
                if (value instanceof String uri && uri.startsWith(from)) {
                    fed.put(field, baseUrl + uri.substring(from.length()));
                }
            }
        }
    }

    public Faults faults() {
        return faults;
    }

    /** Holds every Move-CsUser call after the first {@code calls} (see {@link MovePause}); replaces any earlier one. */
    public synchronized MovePause pauseMovesAfter(int calls) {
        if (movePause != null) {
            movePause.close();
        }
        movePause = new MovePause(calls);
        return movePause;
    }

    /** The Move-CsUser hold, if a test set one. */
    public synchronized Optional<MovePause> movePause() {
        return Optional.ofNullable(movePause);
    }

    /** Ends every held Move-CsUser call without acting on it; the simulator is closing. */
    public synchronized void releaseHeldMoves() {
        if (movePause != null) {
            movePause.close();
        }
    }

    public void faults(Faults value) {
        faults = value;
    }

    public String scenario() {
        return scenario;
    }

    void scenario(String value) {
        scenario = value;
    }

    /** SIP addresses (no prefix) of the users a user-* scenario broke. */
    /** Each synced user's provisioning state in the tenant (Get-CsOnlineUser, Graph, the hosted migration service). */
    public OnlineProvisioning provisioning() {
        return provisioning;
    }

    /** The on-premises TeamsUpgradePolicy instances and grants (Skype for Business Server 2015/2019). */
    public TeamsUpgradePolicies teamsUpgradePolicies() {
        return teamsUpgradePolicies;
    }

    public List<String> brokenUsers() {
        return brokenUsers;
    }

    public List<Change> changes() {
        return changes;
    }

    /**
     * The calls PowerShell itself refused before any cmdlet ran (the binder's errors, a prompt under
     * -NonInteractive, an unknown command), as "cmdlet: message", for tests.
     */
    public List<String> refusedCalls() {
        return refusedCalls;
    }

    /** Records a change made through a service, for tests and the state endpoint. */
    public void recordChange(String side, String operation, String target, Map<String, Object> parameters) {
        changes.add(new Change(Instant.now(), side, operation, target, Map.copyOf(parameters)));
    }

    public String poolAdminPassword() {
        return poolAdminPassword;
    }

    /**
     * Opens a remote OcsPowershell session when the account is the pool admin with its password, recording
     * who signed in; false (nothing recorded) otherwise.
     */
    public synchronized boolean openPoolSession(String username, char[] password) {
        boolean ok = POOL_ADMIN_USERNAME.equalsIgnoreCase(username)
                && java.security.MessageDigest.isEqual(
                        poolAdminPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (ok) {
            poolSessionUsers.add(username);
        }
        return ok;
    }

    /** The accounts that opened remote OcsPowershell sessions, in order. */
    public synchronized List<String> poolSessionUsers() {
        return List.copyOf(poolSessionUsers);
    }

    /** Counts Lync module imports by shell hosts (one per host process if the host pools correctly). */
    /** Every password sign-in attempt, by channel; read and counted without the world's lock. */
    public SignIns signIns() {
        return signIns;
    }

    /**
     * SIP addresses (no prefix, lower case) of users whose directory object Get-CsUser cannot read: any Get-CsUser
     * whose answer would hold one fails as a whole, as a corrupt object fails the real cmdlet's whole pipeline.
     */
    public Set<String> unreadableUsers() {
        return unreadableUsers;
    }

    /** Every cmdlet call the shell received, by shape; counted without the world's lock. */
    public ShellCalls shellCalls() {
        return shellCalls;
    }

    public AtomicInteger moduleImports() {
        return moduleImports;
    }

    /** A lyncOnline hosting provider with every hybrid value, for scenarios that restore or break it. */
    public static Map<String, Object> hybridHostingProvider() {
        return lyncOnlineProvider();
    }

    /** One change made through a service. */
    public record Change(Instant at, String side, String operation, String target, Map<String, Object> parameters) {}
}
