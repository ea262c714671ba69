package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.site.HybridSite;

/**
 * Builds the Move-CsUser call of domain.md §4.3 for one user: Target is the cloud's hosting provider FQDN going
 * online and the registrar pool coming back; the hosted migration URL comes from the site when it names one; the
 * Teams-era switches are added when the on-premises servers are Skype for Business Server.
 */
public final class MoveCall {
    private final HybridSite site;

    public MoveCall(HybridSite site) {
        this.site = site;
    }

    public String target(Home home) {
        return home == Home.ONLINE ? site.cloud().hostingProviderFqdn() : site.poolFqdn();
    }

    public CmdletCall build(String identity, Home to, boolean bypassVoiceCheck) {
        CmdletCall call =
                CmdletCall.of("Move-CsUser").with("Identity", identity).with("Target", target(to));
        if (site.hostedMigrationOverrideUrl().isPresent()) {
            call = call.with(
                    "HostedMigrationOverrideUrl",
                    site.hostedMigrationOverrideUrl().get().toString());
        }
        if (site.serverVersion().teamsEra()) {
            call = call.with("UseOAuth", true);
            if (to == Home.ONLINE) {
                call = call.with("MoveToTeams", true);
            }
            if (bypassVoiceCheck) {
                call = call.with("BypassEnterpriseVoiceCheck", true);
            }
        }
        return call.with("Confirm", false);
    }
}
