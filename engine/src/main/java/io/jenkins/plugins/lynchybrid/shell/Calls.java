package io.jenkins.plugins.lynchybrid.shell;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every cmdlet call the engine makes, one builder per call shape, each shaped to one of the parameter sets of
 * Microsoft's cmdlet reference (docs/cmdlet-contract.md). Nothing else builds a {@link CmdletCall}: the
 * registry test binds every builder against the contract for each server version.
 */
public final class Calls {
    /** The Global instance of the Edge, policy and tenant configuration. */
    public static final String GLOBAL = "Global";

    /** The Move-CsUser switch for Enterprise Voice users without Phone System (SfB 2015/2019 only). */
    public static final String BYPASS_ENTERPRISE_VOICE = "BypassEnterpriseVoiceCheck";

    /**
     * The value of {@code -Credential} on the wire: the host substitutes the PSCredential it built from the
     * hello's password (docs/powershell-host.md), so the secret is never part of a call.
     */
    public static final Boolean SESSION_CREDENTIAL = Boolean.TRUE;

    /** The shell host's function {@link #readPoolServerBuild} calls (lync-host.ps1). */
    public static final String READ_POOL_SERVER_BUILD = "Read-PoolServerBuild";

    /** The prefix that makes a tenant cmdlet module-qualified (MicrosoftTeams\\Name). */
    public static final String TEAMS_MODULE = "MicrosoftTeams\\";

    private Calls() {}

    // ---- users ------------------------------------------------------------------------------------------

    /** Get-CsUser, (default) set: one user by SIP address or UPN. */
    public static CmdletCall getUser(String identity) {
        return CmdletCall.of("Get-CsUser").with("Identity", identity);
    }

    /** Get-CsUser, (default) set without an identity: every user of the deployment (a migration's live counts). */
    public static CmdletCall getUsers() {
        return CmdletCall.of("Get-CsUser");
    }

    /** Get-CsUser -OU: the users of an OU and its child OUs. */
    public static CmdletCall getUsersInOu(String ou) {
        return CmdletCall.of("Get-CsUser").with("OU", ou);
    }

    /** Get-CsUser -Filter. */
    public static CmdletCall getUsersByFilter(String filter) {
        return CmdletCall.of("Get-CsUser").with("Filter", filter);
    }

    /**
     * Get-CsUser -LdapFilter: the users an LDAP search filter (RFC 4515) selects among Active Directory's attributes
     * (Get-CsUser.md: "The LdapFilter parameter uses the LDAP query language"). Build the filter with
     * {@code accounts.LdapFilters}, which escapes every value.
     */
    public static CmdletCall getUsersByLdapFilter(String ldapFilter) {
        return CmdletCall.of("Get-CsUser").with("LdapFilter", ldapFilter);
    }

    /**
     * Move-CsUser, Identity set, as the installed build takes it: always {@code -Credential} (without it the
     * cmdlet prompts, which fails under -NonInteractive); {@code -HostedMigrationOverrideUrl} when the site
     * names one; {@code -BypassEnterpriseVoiceCheck} only when asked for and the build binds it; never
     * -UseOAuth, -MoveToTeams (no effect) or -BypassAudioConferencingCheck (deprecated).
     *
     * @param binds the parameter names the build reports ((Get-Command Move-CsUser).Parameters)
     */
    public static CmdletCall moveUser(
            String identity, String target, String overrideUrl, boolean bypassEnterpriseVoice, Set<String> binds) {
        CmdletCall call = CmdletCall.of("Move-CsUser")
                .with("Identity", identity)
                .with("Target", target)
                .with("Credential", SESSION_CREDENTIAL);
        if (overrideUrl != null && binds(binds, "HostedMigrationOverrideUrl")) {
            call = call.with("HostedMigrationOverrideUrl", overrideUrl);
        }
        if (bypassEnterpriseVoice && binds(binds, BYPASS_ENTERPRISE_VOICE)) {
            call = call.with(BYPASS_ENTERPRISE_VOICE, true);
        }
        return binds(binds, "Confirm") ? call.with("Confirm", false) : call;
    }

    private static boolean binds(Set<String> names, String parameter) {
        return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(parameter.toLowerCase(Locale.ROOT)));
    }

    /**
     * Grant-CsTeamsUpgradePolicy -Identity -PolicyName $null, MicrosoftTeams module (module-qualified: the host
     * resolves it there, never to a Management Shell cmdlet of the same name): removes the user's own
     * TeamsUpgradePolicy assignment online, so the tenant's Global policy applies. Microsoft's step before moving a
     * TeamsOnly user back to a server older than Skype for Business Server 2015 CU8
     * (move-users-from-the-cloud-to-on-premises.md, "Removing TeamsOnly mode").
     */
    public static CmdletCall removeTeamsUpgradePolicy(String identity) {
        return CmdletCall.of(TEAMS_MODULE + "Grant-CsTeamsUpgradePolicy")
                .with("Identity", identity)
                .with("PolicyName", null);
    }

    /** Get-CsConferencingPolicy: every policy (Identity set, no identity). */
    public static CmdletCall getConferencingPolicies() {
        return CmdletCall.of("Get-CsConferencingPolicy");
    }

    // ---- topology -----------------------------------------------------------------------------------------

    /** Get-CsService -Registrar (Registrar set). */
    public static CmdletCall getRegistrars() {
        return CmdletCall.of("Get-CsService").with("Registrar", true);
    }

    /** Get-CsService -EdgeServer (EdgeServer set). */
    public static CmdletCall getEdgeServers() {
        return CmdletCall.of("Get-CsService").with("EdgeServer", true);
    }

    /** Get-CsSite: every site, whose FederationRoute names the federating Edge. */
    public static CmdletCall getSites() {
        return CmdletCall.of("Get-CsSite");
    }

    public static CmdletCall getReplicationStatus() {
        return CmdletCall.of("Get-CsManagementStoreReplicationStatus");
    }

    public static CmdletCall getAllowedDomains() {
        return CmdletCall.of("Get-CsAllowedDomain");
    }

    public static CmdletCall getBlockedDomains() {
        return CmdletCall.of("Get-CsBlockedDomain");
    }

    /** Get-CsPool -Identity (Identity set): the pool, whose Computers are its servers. */
    public static CmdletCall getPool(String fqdn) {
        return CmdletCall.of("Get-CsPool").with("Identity", fqdn);
    }

    /**
     * The shell host's own Read-PoolServerBuild (lync-host.ps1, outside Microsoft's reference): one pool server's
     * build, read on that server through PowerShell remoting. On Skype for Business Server 2015/2019 it runs
     * Get-CsServerPatchVersion there (the cmdlet reads only the machine it runs on); Lync Server 2013 has no such
     * cmdlet, and its Get-CsServerVersion gives only the base version ("If you need a very specific version number
     * then you should use the Windows Control Panel", Get-CsServerVersion.md), so there it reads the installed
     * Core Components' version, as Programs and Features shows it.
     */
    public static CmdletCall readPoolServerBuild(String computer, boolean patchVersionCmdlet) {
        return CmdletCall.of(READ_POOL_SERVER_BUILD)
                .with("ComputerName", computer)
                .with("Method", patchVersionCmdlet ? "PatchVersion" : "InstalledProduct");
    }

    /** PowerShell's own Get-Module -ListAvailable -Name (outside Microsoft's Lync reference). */
    public static CmdletCall getModule(String name) {
        return CmdletCall.of("Get-Module").with("ListAvailable", true).with("Name", name);
    }

    // ---- configuration -----------------------------------------------------------------------------------

    public static CmdletCall getAccessEdge() {
        return CmdletCall.of("Get-CsAccessEdgeConfiguration");
    }

    /**
     * Set-CsAccessEdgeConfiguration, Identity set: {@code -Identity Global} with one of the settings that set
     * shares with the routing sets (AllowFederatedUsers, AllowOutsideUsers, ...).
     */
    public static CmdletCall setAccessEdge(String parameter, Object value) {
        return CmdletCall.of("Set-CsAccessEdgeConfiguration")
                .with("Identity", GLOBAL)
                .with(parameter, value);
    }

    /**
     * Set-CsAccessEdgeConfiguration, DnsSrvRouting set: DNS SRV routing and partner discovery (open federation, or
     * closed with {@code enabled} false) in one call, as Microsoft's page does it. That set has no -Identity; the
     * cmdlet changes the Global settings.
     */
    public static CmdletCall routeByDnsSrvWithPartnerDiscovery(boolean enabled) {
        return CmdletCall.of("Set-CsAccessEdgeConfiguration")
                .with("UseDnsSrvRouting", true)
                .with("EnablePartnerDiscovery", enabled);
    }

    public static CmdletCall getHostingProviders() {
        return CmdletCall.of("Get-CsHostingProvider");
    }

    /** New-CsHostingProvider with its mandatory parameters and the other settings in {@code settings}. */
    public static CmdletCall newHostingProvider(String identity, String proxyFqdn, Map<String, Object> settings) {
        CmdletCall call = CmdletCall.of("New-CsHostingProvider")
                .with("Identity", identity)
                .with("ProxyFqdn", proxyFqdn);
        for (Map.Entry<String, Object> setting : settings.entrySet()) {
            call = call.with(setting.getKey(), setting.getValue());
        }
        return call;
    }

    /** Set-CsHostingProvider, Identity set: one setting. */
    public static CmdletCall setHostingProvider(String identity, String parameter, Object value) {
        return CmdletCall.of("Set-CsHostingProvider").with("Identity", identity).with(parameter, value);
    }

    public static CmdletCall removeHostingProvider(String identity) {
        return CmdletCall.of("Remove-CsHostingProvider").with("Identity", identity);
    }

    /** Get-CsExternalAccessPolicy: every policy, or with {@code identity} one. */
    public static CmdletCall getExternalAccessPolicies() {
        return CmdletCall.of("Get-CsExternalAccessPolicy");
    }

    public static CmdletCall getExternalAccessPolicy(String identity) {
        return CmdletCall.of("Get-CsExternalAccessPolicy").with("Identity", identity);
    }

    /** Set-CsExternalAccessPolicy, Identity set: one setting of the Global policy. */
    public static CmdletCall setGlobalExternalAccessPolicy(String parameter, Object value) {
        return CmdletCall.of("Set-CsExternalAccessPolicy")
                .with("Identity", GLOBAL)
                .with(parameter, value);
    }

    // ---- Teams upgrade notification (Skype for Business Server 2019) ------------------------------------------

    /** Get-CsTeamsUpgradePolicy -Identity: one on-premises instance. */
    public static CmdletCall getTeamsUpgradePolicy(String identity) {
        return CmdletCall.of("Get-CsTeamsUpgradePolicy").with("Identity", identity);
    }

    /**
     * New-CsTeamsUpgradePolicy -Identity -NotifySfbUsers $true: New-CsTeamsUpgradePolicy.md's Example 2, "a policy
     * for users that can be granted as desired to individual users". Its parameters are documented for 2019 only.
     */
    public static CmdletCall newNotifyingTeamsUpgradePolicy(String identity) {
        return CmdletCall.of("New-CsTeamsUpgradePolicy")
                .with("Identity", identity)
                .with("NotifySfbUsers", true);
    }

    /** Grant-CsTeamsUpgradePolicy, Identity set (the only one the page leaves on-premises): one user, one policy. */
    public static CmdletCall grantTeamsUpgradePolicy(String user, String policy) {
        return CmdletCall.of("Grant-CsTeamsUpgradePolicy")
                .with("Identity", user)
                .with("PolicyName", policy);
    }

    // ---- the tenant (MicrosoftTeams) ----------------------------------------------------------------------

    /** Get-CsOnlineUser -Identity (SIP address or UPN, as the page's -Identity takes them): one online account. */
    public static CmdletCall getOnlineUser(String identity) {
        return CmdletCall.of("Get-CsOnlineUser").with("Identity", identity);
    }

    /** Get-CsMeetingMigrationStatus -Identity: one user's meeting migration (the page's Example 2). */
    public static CmdletCall getMeetingMigrationStatus(String identity) {
        return CmdletCall.of("Get-CsMeetingMigrationStatus").with("Identity", identity);
    }

    /** Get-CsMeetingMigrationStatus -SummaryOnly: the tenant's migrations per state (the page's Example 1). */
    public static CmdletCall getMeetingMigrationSummary() {
        return CmdletCall.of("Get-CsMeetingMigrationStatus").with("SummaryOnly", true);
    }

    /** Get-CsOnlineUser -Filter: many users in one call (the page's examples join clauses with -or). */
    public static CmdletCall getOnlineUsersByFilter(String filter) {
        return CmdletCall.of("Get-CsOnlineUser").with("Filter", filter);
    }

    /**
     * Get-CsTenant (MicrosoftTeams, module-qualified): the signed-in tenant, whose undocumented ServiceInstance
     * names the hosted migration service (docs/cmdlet-contract.md, keptWithReason).
     */
    public static CmdletCall getTenant() {
        return CmdletCall.of(TEAMS_MODULE + "Get-CsTenant");
    }

    public static CmdletCall getTenantFederation() {
        return CmdletCall.of("Get-CsTenantFederationConfiguration");
    }

    /**
     * Set-CsTenantFederationConfiguration, Identity set without -Identity: the Teams page requires -Tenant
     * with -Identity, and without either the cmdlet changes the signed-in tenant's Global configuration.
     */
    public static CmdletCall setTenantFederation(String parameter, Object value) {
        return CmdletCall.of("Set-CsTenantFederationConfiguration").with(parameter, value);
    }
}
