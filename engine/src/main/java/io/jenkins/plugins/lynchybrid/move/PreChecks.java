package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.Bypass;
import io.jenkins.plugins.lynchybrid.accounts.DialInPolicies;
import io.jenkins.plugins.lynchybrid.accounts.DistinguishedName;
import io.jenkins.plugins.lynchybrid.accounts.ExcludedOus;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.accounts.LicenceNeeds;
import io.jenkins.plugins.lynchybrid.accounts.LicencePlans;
import io.jenkins.plugins.lynchybrid.accounts.OnPremAccount;
import io.jenkins.plugins.lynchybrid.graph.GraphUser;
import io.jenkins.plugins.lynchybrid.graph.UsageLocation;
import io.jenkins.plugins.lynchybrid.graph.UserLookup;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The per-user preconditions of domain.md §4.4, judged from Get-CsUser and Graph answers already fetched. */
final class PreChecks {
    private final HybridSite site;
    private final MoveOptions options;
    private final Supplier<DialInPolicies> dialIn;
    private final Supplier<ExcludedOus> excluded;
    private final Map<DistinguishedName, LongAdder> excludedBy = new ConcurrentHashMap<>();
    private final LongAdder judgedForExclusion = new LongAdder();

    /**
     * @param dialIn the job's conferencing policies, which may still be arriving while the first users are read
     * @param excluded the users of the excluded OUs, read once per job like the policies
     */
    PreChecks(HybridSite site, MoveOptions options, Supplier<DialInPolicies> dialIn, Supplier<ExcludedOus> excluded) {
        this.site = site;
        this.options = options;
        this.dialIn = dialIn;
        this.excluded = excluded;
        options.excludedOus().forEach(ou -> excludedBy.put(ou, new LongAdder()));
    }

    /** Get-CsUser found no such user: the failure a rollback counts as "could not find". */
    static final String NOT_FOUND = "user not found on-premises (Get-CsUser)";

    /**
     * U1, U2, U10, U12: what the on-premises account alone decides, in the light of what the journal says of the
     * user. Empty when the cloud must be asked too.
     */
    Optional<Verdict> onPremises(UserRef user, Optional<OnPremAccount> found, EarlierRun earlier) {
        if (found.isEmpty()) {
            return Optional.of(Verdict.fail(
                    user,
                    user.identity(),
                    NOT_FOUND + " — fix: check the SIP address or UPN; the user must exist"
                            + " in Active Directory and be enabled for Lync"));
        }
        OnPremAccount account = found.get();
        String identity = account.sipAddress().isEmpty() ? user.identity() : account.sipAddress();
        if (account.home() == options.target()) {
            String where = options.target() == Home.ONLINE
                    ? "already online (" + account.whereHomed() + ")"
                    : "already on-premises (RegistrarPool "
                            + account.registrarPool().orElse("?") + ")";
            return Optional.of(
                    switch (earlier) {
                        case INTERRUPTED ->
                            Verdict.decided(
                                    user,
                                    identity,
                                    Verdict.Decision.ALREADY_MOVED,
                                    "moved by an interrupted run; verified " + where);
                        case MOVED ->
                            Verdict.decided(
                                    user,
                                    identity,
                                    Verdict.Decision.STILL_MOVED,
                                    "moved in an earlier run (journal); Get-CsUser shows it " + where);
                        case NONE -> Verdict.skip(user, identity, where);
                    });
        }
        if (!account.enabled()) {
            return Optional.of(Verdict.fail(
                    user,
                    identity,
                    "not enabled for Lync on-premises (Enabled=False) — fix: Set-CsUser -Identity " + identity
                            + " -Enabled $true"));
        }
        judgedForExclusion.increment();
        Optional<DistinguishedName> excludedOu = excluded.get().containing(account);
        if (excludedOu.isPresent()) {
            excludedBy.get(excludedOu.get()).increment();
            return Optional.of(Verdict.skip(user, identity, "in the excluded OU " + excludedOu.get()));
        }
        if (options.target() == Home.ON_PREMISES) {
            return Optional.of(Verdict.move(user, identity, Set.of()));
        }
        return Optional.empty();
    }

    /**
     * The excluded OUs that matched none of the users judged: a DN that names no OU of these users (a typo, another
     * domain) protects nobody, which the operator must hear about. Nothing when no user reached the OU check.
     */
    List<String> unmatchedExclusions() {
        long judged = judgedForExclusion.sum();
        if (judged == 0) {
            return List.of();
        }
        return options.excludedOus().stream()
                .filter(ou -> excludedBy.get(ou).sum() == 0)
                .map(ou -> "excluded OU " + ou + " matched none of the " + judged
                        + " users checked, so it excluded nobody: is the distinguished name right?")
                .toList();
    }

    /** U3 to U7 for a move online: the tenant's view of the user. */
    Verdict cloud(UserRef user, OnPremAccount account, UserLookup lookup) {
        String identity = account.sipAddress();
        if (lookup.user().isEmpty()) {
            String reason = lookup.status() == 404
                    ? "not found in the tenant (Graph) — fix: check that directory sync covers the user's OU"
                    : "tenant look-up failed: HTTP " + lookup.status() + " " + lookup.error();
            return Verdict.fail(user, identity, reason);
        }
        GraphUser cloudUser = lookup.user().get();
        if (!cloudUser.synced()) {
            return Verdict.fail(
                    user,
                    identity,
                    "not synced from on-premises (onPremisesSyncEnabled is not true) — fix: bring the user into the"
                            + " directory sync scope and wait for a sync cycle");
        }
        Optional<String> usageLocation = UsageLocation.problem(cloudUser);
        if (usageLocation.isPresent()) {
            return Verdict.fail(
                    user,
                    identity,
                    usageLocation.get() + ", so no licence can be assigned — fix: set usageLocation (e.g. Update-MgUser"
                            + " -UsageLocation US)");
        }
        LicencePlans plans = LicencePlans.of(site.cloud());
        if (!plans.movable(cloudUser)) {
            return Verdict.fail(
                    user,
                    identity,
                    "not licensed for Skype for Business Online (Plan 2) and Teams (Move-CsUser would fail with"
                            + " HostedMigration fault 507) — fix: assign the licence and wait for provisioning");
        }
        Set<Bypass> needed = LicenceNeeds.of(account, cloudUser, dialIn.get(), plans);
        return needed.isEmpty() || bypassable(needed)
                ? Verdict.move(user, identity, needed)
                : unlicensed(user, identity, needed);
    }

    /**
     * U6/U7: Move-CsUser skips its licence checks only when allowed, only on Skype for Business Server, and never
     * with a deprecated switch.
     */
    private boolean bypassable(Set<Bypass> needed) {
        return options.allowBypass()
                && site.serverVersion().teamsEra()
                && needed.stream().noneMatch(Bypass::deprecated);
    }

    private Verdict unlicensed(UserRef user, String identity, Set<Bypass> needed) {
        boolean cannotBypass = options.allowBypass() && !site.serverVersion().teamsEra();
        return Verdict.fail(
                user,
                identity,
                Bypass.ordered(needed).stream()
                        .map(b -> b.refusal(cannotBypass))
                        .collect(Collectors.joining("; ")));
    }
}
