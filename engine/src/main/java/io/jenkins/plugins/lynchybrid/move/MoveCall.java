package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.Bypass;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.util.Set;

/**
 * Builds the Move-CsUser call of domain.md §4.3 for one user: Target is the cloud's hosting provider FQDN going
 * online and the registrar pool coming back; the hosted migration URL comes from the site when it names one; the
 * Teams-era switches, bypasses included, are added when the on-premises servers are Skype for Business Server.
 */
public final class MoveCall {
    private final HybridSite site;

    public MoveCall(HybridSite site) {
        this.site = site;
    }

    public String target(Home home) {
        return home == Home.ONLINE ? site.cloud().hostingProviderFqdn() : site.poolFqdn();
    }

    /** @param bypasses licence checks to skip; only Skype for Business Server has the switches, so 2013 sends none */
    public CmdletCall build(String identity, Home to, Set<Bypass> bypasses) {
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
            for (Bypass bypass : Bypass.ordered(bypasses)) {
                call = call.with(bypass.parameter(), true);
            }
        }
        return call.with("Confirm", false);
    }
}
