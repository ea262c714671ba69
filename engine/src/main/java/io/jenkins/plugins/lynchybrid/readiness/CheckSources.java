package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.accounts.LicencePlans;
import java.util.Map;
import java.util.Optional;

/**
 * For the catalogue: what each check judges and from which source (a Graph resource, AD FS's metadata, a DNS
 * question, the Edge's TLS port, a cmdlet), so a reader can tell whose word a verdict rests on.
 */
final class CheckSources {
    private static final String HYBRID = "MicrosoftDocs/OfficeDocs-SkypeForBusiness Skype/SfbHybrid/hybrid/";
    private static final String PLAN_HYBRID =
            " Source: Microsoft, Plan hybrid connectivity (" + HYBRID + "plan-hybrid-connectivity.md)";
    private static final String CONFIGURE_FEDERATION = " Source: Microsoft, Configure Skype for Business hybrid ("
            + HYBRID + "configure-federation-with-skype-for-business-online.md)";
    private static final String GRAPH = "microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/";
    private static final String GRAPH_DOMAIN = " Source: Microsoft Graph, domain resource type"
            + " (" + GRAPH + "resources/domain.md: authenticationType is Managed or"
            + " Federated)";
    private static final String GRAPH_FEDERATION = " Source: Microsoft Graph, internalDomainFederation resource type"
            + " (" + GRAPH + "resources/internaldomainfederation.md); it applies"
            + " to Federated domains only.";
    private static final String DNS_REQUIREMENTS = " Source: Microsoft, DNS requirements for Skype for Business"
            + " Server (MicrosoftDocs/OfficeDocs-SkypeForBusiness"
            + " Skype/SfbServer/plan-your-deployment/network-requirements/dns.md), with " + HYBRID
            + "plan-hybrid-connectivity.md (DNS settings)";
    private static final String MOVE_USERS = " Source: Microsoft, Move users between on-premises and cloud (" + HYBRID
            + "move-users-between-on-premises-and-cloud.md, Prerequisites)";
    private static final String MOVE_CSUSER = " Source: Microsoft, Move-CsUser (MicrosoftDocs/office-docs-powershell"
            + " skype/skype-ps/SkypeForBusiness/Move-CsUser.md";
    private static final String EDGE_CERTIFICATES = " Source: Microsoft, Edge Server environmental requirements"
            + " (MicrosoftDocs/OfficeDocs-SkypeForBusiness"
            + " Skype/SfbServer/plan-your-deployment/edge-server-deployments/edge-environmental-requirements.md,"
            + " Certificate planning";
    private static final String GRAPH_USER = GRAPH + "resources/user.md";
    /** Says that no Microsoft page states the requirement: the check guards our tool, not the hybrid. */
    static final String OWN_PREREQUISITE = " Source: our own prerequisite: ";

    private static final String EXTERNAL_ACCESS_POLICY = " Source: Microsoft, Set-CsExternalAccessPolicy"
            + " (MicrosoftDocs/office-docs-powershell skype/skype-ps/skype/Set-CsExternalAccessPolicy.md); no hybrid"
            + " page lists it";

    private static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry(
                    TenantChecks.SIGN_IN,
                    "A token for the site's credential (MSAL4J against the cloud's authority) and Graph GET"
                            + " /v1.0/organization answering with it (" + GRAPH + "api/organization-get.md)."
                            + OWN_PREREQUISITE
                            + "every tenant check reads Graph with this credential. Microsoft requires an admin"
                            + " account for moves (" + HYBRID + "move-users-between-on-premises-and-cloud.md,"
                            + " Required administrative credentials); its roles are not judged here."),
            Map.entry(
                    TenantChecks.DOMAIN_VERIFIED,
                    "isVerified and supportedServices of each site SIP domain, from Graph GET /v1.0/domains."
                            + " Source: Microsoft, Configure hybrid connectivity (" + HYBRID
                            + "configure-hybrid-connectivity.md: add your domain to your Microsoft 365 organization"
                            + " and verify ownership), with Microsoft Graph's domain resource type (" + GRAPH
                            + "resources/domain.md)."),
            Map.entry(
                    TenantChecks.DOMAIN_FEDERATED,
                    "authenticationType of each site SIP domain, from Graph GET /v1.0/domains: Managed (password hash sync or"
                            + " pass-through) makes the AD FS checks not applicable, Federated brings them in."
                            + GRAPH_DOMAIN
                            + PLAN_HYBRID
                            + " (Azure AD Connect; no AD FS requirement)."),
            Map.entry(
                    TenantChecks.DIRSYNC_ENABLED,
                    "onPremisesSyncEnabled, from Graph GET /v1.0/organization." + PLAN_HYBRID
                            + " (Infrastructure requirements: Azure AD Connect)."),
            Map.entry(
                    TenantChecks.DIRSYNC_RECENT,
                    "onPremisesLastSyncDateTime from Graph GET /v1.0/organization against this machine's clock;"
                            + " a time more than 5 min ahead warns (a clock is wrong)."
                            + PLAN_HYBRID + " (users are created on-premises and synchronized before they move)."),
            Map.entry(
                    TenantChecks.ADFS_METADATA,
                    "AD FS's FederationMetadata.xml, fetched anonymously over trusted TLS from the host of Graph's"
                            + " metadataExchangeUri (GET /v1.0/domains/{id}/federationConfiguration)."
                            + GRAPH_FEDERATION),
            Map.entry(
                    TenantChecks.SSO_MATCHES_ADFS,
                    "Graph's federationConfiguration (issuerUri, passiveSignInUri, signingCertificate,"
                            + " nextSigningCertificate) against AD FS's metadata (entityID, its host, its signing"
                            + " certificates)."
                            + GRAPH_FEDERATION),
            Map.entry(
                    TenantChecks.ADFS_SIGNING_CERTIFICATE,
                    "The token-signing certificates AD FS's metadata publishes (validity now and in 30 days), each"
                            + " matched with Graph's signingCertificate or nextSigningCertificate."
                            + GRAPH_FEDERATION),
            Map.entry(
                    TenantChecks.SHARED_SIP,
                    "SharedSipAddressSpace from Get-CsTenantFederationConfiguration (the shell host's online"
                            + " session)."
                            + CONFIGURE_FEDERATION + "."),
            Map.entry(
                    OnPremisesChecks.MANAGEMENT_SHELL,
                    "Get-Module -ListAvailable Lync (2013) or SkypeForBusiness on the shell host." + PLAN_HYBRID
                            + " (Infrastructure requirements: the Skype for Business Server administrative tools,"
                            + " required to move users, on a server with access to the on-premises deployment and"
                            + " the internet)."),
            Map.entry(
                    OnPremisesChecks.EDGE_FEDERATION,
                    "AllowFederatedUsers from Get-CsAccessEdgeConfiguration." + CONFIGURE_FEDERATION + "."),
            Map.entry(
                    OnPremisesChecks.EDGE_ROUTING,
                    "RoutingMethod from Get-CsAccessEdgeConfiguration." + CONFIGURE_FEDERATION
                            + " (-UseDnsSrvRouting)."),
            Map.entry(
                    OnPremisesChecks.EDGE_PARTNER_DISCOVERY,
                    "EnablePartnerDiscovery from Get-CsAccessEdgeConfiguration, or the Get-CsAllowedDomain list."
                            + " Judged against the site file's federation.partnerDiscovery when it states one."
                            + PLAN_HYBRID + " (Federation requirements)."),
            Map.entry(
                    OnPremisesChecks.EDGE_OUTSIDE_USERS,
                    "AllowOutsideUsers from Get-CsAccessEdgeConfiguration." + CONFIGURE_FEDERATION + "."),
            Map.entry(
                    OnPremisesChecks.HOSTING_PROVIDER,
                    "The Get-CsHostingProvider entry whose ProxyFqdn is the cloud's sipfed host, and its values."
                            + CONFIGURE_FEDERATION + " (New-CsHostingProvider with every value)."),
            Map.entry(
                    OnPremisesChecks.EXTERNAL_ACCESS_POLICY,
                    "EnableFederationAccess of each Get-CsExternalAccessPolicy."
                            + " Judged only against the site file's federation.globalFederationAccess; not applicable when it states none."
                            + EXTERNAL_ACCESS_POLICY + "."),
            Map.entry(
                    OnPremisesChecks.EDGE_POOL,
                    "The Edge services from Get-CsService -EdgeServer." + CONFIGURE_FEDERATION
                            + " (configure your on-premises Edge service to federate), with " + HYBRID
                            + "plan-hybrid-connectivity.md (DNS settings: records resolving to the Access Edge)."),
            Map.entry(
                    OnPremisesChecks.SINGLE_FEDERATION_EDGE,
                    "IsFederationEnabled of each Edge service from Get-CsService -EdgeServer." + MOVE_CSUSER
                            + ": \"Skype for Business Federation can only be enabled for a single Edge pool\")."),
            Map.entry(
                    OnPremisesChecks.CMS_REPLICATION,
                    "UpToDate of each Get-CsManagementStoreReplicationStatus, read again after the replication bound"
                            + " (40 s) when a replica is behind; only one still behind fails. Source: "
                            + CmsReplication.SOURCE + "."),
            Map.entry(
                    OnPremisesChecks.SERVER_BUILD,
                    "Each server of the site's pool (Get-CsPool Computers), its own build read on it through"
                            + " PowerShell remoting: Get-CsServerPatchVersion (Core Components) on SfB 2015/2019, the"
                            + " installed Core Components version (Programs and Features) on Lync 2013, where"
                            + " Get-CsServerVersion gives only the base version (Get-CsServerVersion.md); a server"
                            + " that does not answer is unknown (warning). Minimums: Lync Server 2013 CU10 with"
                            + " Hotfix 7 (5.0.8308.1182), SfB 2015 CU12 (6.0.9319.619), SfB 2019 CU6 (7.0.2046.385)."
                            + " Source: " + ServerBuilds.SOURCE + "."),
            Map.entry(
                    OnPremisesChecks.TEAMS_MODULE,
                    "Get-Module -ListAvailable MicrosoftTeams on the shell host." + MOVE_CSUSER
                            + ", pre-requisites: the module at 6.2.1 or later). The upper bound 7.1 is from the"
                            + " regression note Microsoft proposed for that page (office-docs-powershell pull request"
                            + " #13690, not merged), not from the page itself."),
            Map.entry(
                    OnPremisesChecks.FEDERATION_PARITY,
                    "Get-CsAccessEdgeConfiguration, Get-CsAllowedDomain and Get-CsBlockedDomain against"
                            + " Get-CsTenantFederationConfiguration."
                            + PLAN_HYBRID
                            + " (Federation requirements: matching lists, and federation enabled for the online tenant)."),
            Map.entry(
                    DnsChecks.FEDERATION_SRV,
                    "SRV _sipfederationtls._tcp.<domain> and its targets' A/AAAA records from the site's resolver,"
                            + " for every SIP domain (the site's alone when Graph fails)."
                            + " Each target must resolve to the addresses of the Access Edge's external name."
                            + DNS_REQUIREMENTS + "."),
            Map.entry(
                    DnsChecks.CLIENT_SRV,
                    "SRV _sip._tls.<domain> and its targets' A/AAAA records from the site's resolver, for every SIP"
                            + " domain."
                            + " Each target must resolve to the addresses of the Access Edge's external name."
                            + DNS_REQUIREMENTS + "."),
            Map.entry(
                    DnsChecks.SIP_HOST,
                    "A/AAAA of sip.<domain> (following CNAMEs) from the site's resolver, for every SIP domain."
                            + " Must resolve to the Access Edge's addresses; a warning, since clients use it only as a fallback to the SRV record."
                            + DNS_REQUIREMENTS + "."),
            Map.entry(
                    DnsChecks.LYNCDISCOVER,
                    "A/AAAA of lyncdiscover.<domain> (following CNAMEs; a Microsoft 365 target of any cloud fails)"
                            + " from the site's resolver, for every SIP domain."
                            + DNS_REQUIREMENTS + "."),
            Map.entry(
                    TlsChecks.EDGE_CHAIN,
                    "The certificate chain the Access Edge presents on its external port, against the JDK's and the"
                            + " site's trusted roots."
                            + EDGE_CERTIFICATES + ": the external Edge certificate from a public CA)."),
            Map.entry(
                    TlsChecks.EDGE_NAMES,
                    "The Edge certificate's subject alternative names against sip.<domain> of every SIP domain."
                            + EDGE_CERTIFICATES + ": Edge Certificate table, sip.<domain> as a SAN for each SIP"
                            + " domain), with " + HYBRID + "cloud-consolidation-edge-certificates.md (every SIP domain"
                            + " as sip.<domain> in the SAN before migrating any users)."),
            Map.entry(
                    TlsChecks.EDGE_EXPIRY,
                    "The Edge certificate's notAfter against this machine's clock." + EDGE_CERTIFICATES
                            + ": the external Edge certificate from a public CA); one past notAfter is not valid"
                            + " (IETF RFC 5280, 6.1.3). The 30-day margin is our own."),
            Map.entry(
                    UserChecks.SYNCED,
                    "onPremisesSyncEnabled of each listed user, from Graph $batch GET /users?$filter=userPrincipalName in (...), 15 users a filter ("
                            + GRAPH_USER
                            + ")."
                            + MOVE_USERS
                            + ": Azure AD Connect syncing all relevant attributes for the user), with " + HYBRID
                            + "configure-azure-ad-connect.md (the msRTCSIP attributes synchronized)."),
            Map.entry(
                    UserChecks.LICENSED,
                    "assignedPlans of each listed user, from Graph $batch: a Skype for Business Online (Plan 2) and a"
                            + " Teams plan of the tenant's cloud enabled (worldwide and GCC: MCOSTANDARD or"
                            + " MCOSTANDARD_GOV, TEAMS1 or TEAMS_GOV; GCC High: TEAMS_GCCHIGH or TEAMS_AR_GCCHIGH; DoD:"
                            + " TEAMS_DOD or TEAMS_AR_DOD)."
                            + MOVE_USERS
                            + ": a licence for Teams and Skype for Business Online (Plan 2)); the plans' names from "
                            + LicencePlans.SOURCE + "."),
            Map.entry(
                    UserChecks.USAGE_LOCATION,
                    "usageLocation of each listed user from Graph $batch: null, empty or not two letters fails, as in"
                            + " the move's pre-check. Source: Microsoft Graph, user resource type (" + GRAPH_USER
                            + ": usageLocation is required for users that will be assigned licences)."),
            Map.entry(
                    MoveLicenceChecks.VOICE_LICENSED,
                    "Each listed user's Get-CsUser (EnterpriseVoiceEnabled) against assignedPlans (MCOEV, or MCOEV_GOV"
                            + " in government clouds) from Graph."
                            + MOVE_USERS
                            + ": an Enterprise Voice user needs a Phone System licence); the plans' names from "
                            + LicencePlans.SOURCE + "."),
            Map.entry(
                    MoveLicenceChecks.DIAL_IN_LICENSED,
                    "Each listed user's effective conferencing policy (Get-CsUser, Get-CsConferencingPolicy) against"
                            + " assignedPlans (MCOMEETADV, or MCOMEETADV_GOV in government clouds) from Graph."
                            + MOVE_USERS
                            + ": a user enabled for dial-in conferencing needs an Audio Conferencing licence); the"
                            + " plans' names from " + LicencePlans.SOURCE + "."),
            Map.entry(
                    ProvisioningCheck.ID,
                    "Get-CsOnlineUser -Filter, forty listed users a call (UserValidationErrors, OnPremHostingProvider,"
                            + " InterpretedUserType; -Identity for users the filter leaves out) and provisionedPlans"
                            + " (MicrosoftCommunicationsOnline) from Graph $batch."
                            + " Source: Microsoft, MicrosoftDocs/SupportArticles-docs"
                            + " SkypeForBusiness/SkypeHybrid/hybrid-move-sfb-online/hostedmigration-fault-error-506.md"
                            + " (msRTCSIP attributes not synced, seen with Get-CsOnlineUser) and"
                            + " move-csuser-hostedmigration-fault-507.md (the error until the user is fully provisioned"
                            + " for Skype for Business Online), with MicrosoftDocs/office-docs-powershell"
                            + " teams/teams-ps/MicrosoftTeams/Get-CsOnlineUser.md for the properties read."));

    private CheckSources() {}

    static Optional<String> of(String checkId) {
        return Optional.ofNullable(SOURCES.get(checkId));
    }
}
