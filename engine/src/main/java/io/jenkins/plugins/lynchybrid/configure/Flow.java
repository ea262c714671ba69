package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.site.ServerVersion;

/**
 * The documented configuration flow a deployment follows. Both set the same Edge, hosting provider and tenant
 * values (the tenant's AllowFederatedUsers included: plan-hybrid-connectivity requires federation enabled for the
 * online tenant whatever the on-premises version); they differ only in the Identity a new hosting provider gets
 * ({@code LyncOnline} in the Lync 2013 documents, {@code SkypeforBusinessOnline} in the Skype for Business Server
 * ones). An existing provider is found by ProxyFqdn whatever its Identity, so this only matters when one is created.
 * The tenant cmdlets keep their names in the MicrosoftTeams module, so the calls are otherwise the same.
 */
public enum Flow {
    LYNC_2013("LyncOnline"),
    TEAMS_ERA("SkypeforBusinessOnline");

    private final String hostingProviderIdentity;

    Flow(String hostingProviderIdentity) {
        this.hostingProviderIdentity = hostingProviderIdentity;
    }

    public static Flow of(ServerVersion version) {
        return version.teamsEra() ? TEAMS_ERA : LYNC_2013;
    }

    public String hostingProviderIdentity() {
        return hostingProviderIdentity;
    }
}
