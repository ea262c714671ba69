package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.Bypass;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.site.HostedMigrationOverride;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Move-CsUser call for one user (domain.md §4.3), as the installed build takes it: Target is the cloud's
 * hosting provider FQDN going online and, coming back, the pool the journal recorded for the user (a rollback) or
 * the site's pool; the tenant admin credential always; the hosted migration URL when the site names one;
 * -BypassEnterpriseVoiceCheck only where the build binds it.
 */
public final class MoveCall {
    private final HybridSite site;
    private final Set<String> binds;
    private final Map<String, String> returnPools;
    private final Optional<String> overrideUrl;

    /**
     * @param reported the parameters the host read with (Get-Command Move-CsUser).Parameters; when it did not
     *     report them, what Microsoft's page documents for the site's version
     * @param returnPools the registrar pool each user (by {@link UserRef#key()}) returns to; others go to the site's
     */
    public MoveCall(HybridSite site, Optional<Set<String>> reported, Map<String, String> returnPools) {
        this(
                site,
                reported,
                returnPools,
                site.hostedMigrationOverrideUrl()
                        .filter(url -> !url.equals(HostedMigrationOverride.FROM_TENANT))
                        .map(Object::toString));
    }

    /** @param overrideUrl the job's -HostedMigrationOverrideUrl, as {@link OverrideUrl} decided it */
    MoveCall(
            HybridSite site,
            Optional<Set<String>> reported,
            Map<String, String> returnPools,
            Optional<String> overrideUrl) {
        this.site = site;
        this.binds = reported.orElseGet(() -> documented(site.serverVersion()));
        this.returnPools = Map.copyOf(returnPools);
        this.overrideUrl = overrideUrl;
    }

    public String target(Home home) {
        return home == Home.ONLINE ? site.cloud().hostingProviderFqdn() : site.poolFqdn();
    }

    private String target(String identity, Home home) {
        return home == Home.ONLINE ? target(home) : returnPools.getOrDefault(UserRef.keyOf(identity), site.poolFqdn());
    }

    /** @param bypasses licence checks to skip; only the ones the build binds and that are not deprecated are sent */
    public CmdletCall build(String identity, Home to, Set<Bypass> bypasses) {
        return Calls.moveUser(
                identity,
                target(identity, to),
                overrideUrl.orElse(null),
                to == Home.ONLINE && bypasses.contains(Bypass.ENTERPRISE_VOICE),
                binds);
    }

    /**
     * What must happen online before the user's Move-CsUser: on Lync Server 2013 (earlier than Skype for Business
     * Server 2015 CU8), a user moving back on-premises first loses the UpgradeToTeams (TeamsOnly) assignment of
     * TeamsUpgradePolicy, since "On-premises users must not have mode= TeamsOnly" and only later servers remove it
     * themselves (move-users-from-the-cloud-to-on-premises.md). Removing an assignment the user no longer has
     * changes nothing, so a re-run may send it again.
     */
    public Optional<CmdletCall> beforeMove(String identity, Home to) {
        return to == Home.ON_PREMISES && site.serverVersion() == ServerVersion.LYNC_2013
                ? Optional.of(Calls.removeTeamsUpgradePolicy(identity))
                : Optional.empty();
    }

    /** The Move-CsUser page's parameters the engine may send, per version (docs/cmdlet-contract.md). */
    private static Set<String> documented(ServerVersion version) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(Set.of("Identity", "Target", "Credential", "HostedMigrationOverrideUrl", "Confirm"));
        if (version.teamsEra()) {
            names.add(Calls.BYPASS_ENTERPRISE_VOICE);
        }
        return names;
    }
}
