package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.Bypass;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import java.util.Map;
import java.util.Set;

/**
 * Builds the Move-CsUser call of domain.md §4.3 for one user: Target is the cloud's hosting provider FQDN going
 * online and the registrar pool coming back; the hosted migration URL comes from the site when it names one; the
 * Teams-era switches, bypasses included, are added when the on-premises servers are Skype for Business Server. A
 * rollback returns each user to the pool the journal recorded.
 */
public final class MoveCall {
    private final HybridSite site;
    private final Map<String, String> returnPools;

    public MoveCall(HybridSite site) {
        this(site, Map.of());
    }

    /** @param returnPools the registrar pool each user (by {@link UserRef#key()}) returns to; others go to the site's */
    public MoveCall(HybridSite site, Map<String, String> returnPools) {
        this.site = site;
        this.returnPools = Map.copyOf(returnPools);
    }

    public String target(Home home) {
        return home == Home.ONLINE ? site.cloud().hostingProviderFqdn() : site.poolFqdn();
    }

    private String target(String identity, Home home) {
        return home == Home.ONLINE ? target(home) : returnPools.getOrDefault(UserRef.keyOf(identity), site.poolFqdn());
    }

    /** @param bypasses licence checks to skip; only Skype for Business Server has the switches, so 2013 sends none */
    public CmdletCall build(String identity, Home to, Set<Bypass> bypasses) {
        CmdletCall call =
                CmdletCall.of("Move-CsUser").with("Identity", identity).with("Target", target(identity, to));
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
