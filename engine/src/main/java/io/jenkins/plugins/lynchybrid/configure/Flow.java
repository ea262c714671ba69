package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.site.ServerVersion;

/**
 * The documented configuration flow a deployment follows. Both set the same Edge, hosting provider, external
 * access policy and shared SIP address space values; they differ in two places:
 * <ul>
 *   <li>the Identity a new hosting provider gets ({@code LyncOnline} in the Lync 2013 documents,
 *       {@code SkypeforBusinessOnline} in the Skype for Business Server ones); an existing provider is found
 *       by ProxyFqdn whatever its Identity, so this only matters when one is created;</li>
 *   <li>in the Teams era every online user is TeamsOnly, and on-premises users reach them only through the
 *       tenant's external access master switch, so the tenant must also have {@code AllowFederatedUsers} on.
 *       The Lync Online tenants of 2013 had no such switch to manage.</li>
 * </ul>
 * The tenant cmdlets keep their names in the MicrosoftTeams module, so the calls are otherwise the same.
 */
public enum Flow {
    LYNC_2013("LyncOnline", false),
    TEAMS_ERA("SkypeforBusinessOnline", true);

    private final String hostingProviderIdentity;
    private final boolean tenantFederationSwitch;

    Flow(String hostingProviderIdentity, boolean tenantFederationSwitch) {
        this.hostingProviderIdentity = hostingProviderIdentity;
        this.tenantFederationSwitch = tenantFederationSwitch;
    }

    public static Flow of(ServerVersion version) {
        return version.teamsEra() ? TEAMS_ERA : LYNC_2013;
    }

    public String hostingProviderIdentity() {
        return hostingProviderIdentity;
    }

    /** Whether the tenant's AllowFederatedUsers is part of the desired state. */
    public boolean tenantFederationSwitch() {
        return tenantFederationSwitch;
    }
}
