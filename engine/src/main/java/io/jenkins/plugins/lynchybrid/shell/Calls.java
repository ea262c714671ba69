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

    private Calls() {}

    // ---- users ------------------------------------------------------------------------------------------

    /** Get-CsUser, (default) set: one user by SIP address or UPN. */
    public static CmdletCall getUser(String identity) {
        return CmdletCall.of("Get-CsUser").with("Identity", identity);
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

    /** Get-CsServerPatchVersion: Skype for Business Server 2015/2019 only (the page's Applicable line). */
    public static CmdletCall getServerPatchVersion() {
        return CmdletCall.of("Get-CsServerPatchVersion");
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
     * Set-CsAccessEdgeConfiguration, DnsSrvRouting set: DNS SRV routing and partner discovery in one call, as
     * Microsoft's page does it. That set has no -Identity; the cmdlet changes the Global settings.
     */
    public static CmdletCall routeByDnsSrvWithPartnerDiscovery() {
        return CmdletCall.of("Set-CsAccessEdgeConfiguration")
                .with("UseDnsSrvRouting", true)
                .with("EnablePartnerDiscovery", true);
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

    // ---- the tenant (MicrosoftTeams) ----------------------------------------------------------------------

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
