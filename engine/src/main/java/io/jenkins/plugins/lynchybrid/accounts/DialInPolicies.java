package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which users have dial-in conferencing on-premises (domain.md §4.4 U7). Get-CsUser names only a per-user policy,
 * so the conferencing policies and the registrar pools' sites are read once per job (a job moves thousands of
 * users; a deployment has a handful of policies): a user's effective policy is their per-user policy, else their
 * registrar pool's site policy, else Global.
 *
 * <p>Microsoft's New-CsConferencingPolicy page (learn.microsoft.com/powershell/module/skype/new-csconferencingpolicy;
 * MicrosoftDocs/office-docs-powershell, skype/skype-ps/skype/New-CsConferencingPolicy.md) documents the three scopes
 * ("at the global scope; at the site scope; or at the per-user scope") and names a site policy {@code site:Redmond}.
 * So the pools' sites can change a verdict only when a site policy exists; without one Get-CsService -Registrar is
 * not sent (issue 15: one shell call fewer on the way to the first move, 0.5 s or more on a real Front End).
 */
public final class DialInPolicies {
    private static final String GLOBAL = "global";
    private static final String TAG = "tag:";
    private static final String SITE = "site:";

    /** Policy identity (lower case) → EnableDialInConferencing. */
    private final Map<String, Boolean> dialInByPolicy;
    /** Registrar pool FQDN (lower case) → its site's identity (lower case), e.g. {@code site:redmond}. */
    private final Map<String, String> siteByPool;

    private DialInPolicies(Map<String, Boolean> dialInByPolicy, Map<String, String> siteByPool) {
        this.dialInByPolicy = Map.copyOf(dialInByPolicy);
        this.siteByPool = Map.copyOf(siteByPool);
    }

    /**
     * Get-CsConferencingPolicy, and Get-CsService -Registrar only when a site-scoped policy exists; shell failures are
     * thrown.
     */
    public static DialInPolicies read(LyncShell shell) {
        Map<String, Boolean> dialIn = new HashMap<>();
        for (PsObject policy : shell.run(Calls.getConferencingPolicies())) {
            policy.text("Identity")
                    .ifPresent(identity -> dialIn.put(
                            key(identity),
                            policy.flag("EnableDialInConferencing").orElse(false)));
        }
        if (dialIn.keySet().stream().noneMatch(identity -> identity.startsWith(SITE))) {
            return new DialInPolicies(dialIn, Map.of());
        }
        return new DialInPolicies(dialIn, sitesOfRegistrarPools(shell));
    }

    private static Map<String, String> sitesOfRegistrarPools(LyncShell shell) {
        Map<String, String> sites = new HashMap<>();
        for (PsObject registrar : shell.run(Calls.getRegistrars())) {
            Optional<String> pool = registrar.text("PoolFqdn");
            Optional<String> site = registrar.text("SiteId");
            if (pool.isPresent() && site.isPresent()) {
                sites.put(key(pool.get()), key(site.get()));
            }
        }
        return sites;
    }

    /** For jobs that never move anyone online, where U7 does not apply. */
    public static DialInPolicies none() {
        return new DialInPolicies(Map.of(), Map.of());
    }

    public boolean enabledFor(OnPremAccount account) {
        Optional<String> perUser = account.conferencingPolicy().map(DialInPolicies::tagged);
        Optional<String> site = account.registrarPool().map(pool -> siteByPool.get(key(pool)));
        return Stream.of(perUser, site, Optional.of(GLOBAL))
                .flatMap(Optional::stream)
                .filter(dialInByPolicy::containsKey)
                .findFirst()
                .map(dialInByPolicy::get)
                .orElse(false);
    }

    /** Get-CsUser shows a per-user policy by its name; Get-CsConferencingPolicy by {@code Tag:} and the name. */
    private static String tagged(String name) {
        String policy = key(name);
        return policy.startsWith(TAG) ? policy : TAG + policy;
    }

    private static String key(String identity) {
        return identity.strip().toLowerCase(Locale.ROOT);
    }
}
