package io.jenkins.plugins.lynchybrid.simulator.shell;

import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.OnlineProvisioning;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Move-CsUser, on-premises ↔ online, with the hosted migration service's faults. Runs under the world's lock;
 * the caller counts the moves in flight (the service's concurrency) around the call, latency included.
 */
final class MoveCsUser {
    /**
     * Simulator-defined throttling fault. Microsoft documents neither the hosted migration service's throttle text nor
     * its code (domain.md §4.8; no public issue or page quotes one), so the simulator says only what a client can rely
     * on: a HostedMigration fault with HTTP's "overloaded" code 503 and PowerShell's ResourceBusy category. The
     * description is deliberately plain, and {@link #THROTTLED_OTHER_WORDS} words it otherwise, so that an engine
     * judging a throttle by its text rather than its code fails the tests.
     */
    static final String THROTTLED =
            "HostedMigration fault: Error=(503), Description=(The request for this tenant could not be accepted now.)";

    static final String THROTTLED_OTHER_WORDS = "HostedMigration fault: Error=(503), Description=(Die Anforderung"
            + " wurde abgelehnt. Wiederholen Sie den Vorgang.)";

    static final String FAULT_506 = "HostedMigration fault: Error=(506), Description=(The user could move be moved"
            + " because there appears to be a problem with this user account. Please contact support.)";
    static final String FAULT_507 = "HostedMigration fault: Error=(507), Description=(User must has an assigned"
            + " license to use Skype for Business Online. Please refer to the documentation for more information.)";
    /**
     * Simulator-defined wording (no page gives the text) for the rule of move-users-from-the-cloud-to-on-premises.md:
     * before Skype for Business Server 2015 CU8 "you must remove the UpgradeToTeams instance of TeamsUpgradePolicy
     * before you move the user on premises"; "On-premises users must not have mode= TeamsOnly."
     */
    static final String TEAMS_ONLY_ON_PREMISES = "User \"%s\" is assigned the UpgradeToTeams instance of"
            + " TeamsUpgradePolicy (mode TeamsOnly); on-premises users must not have mode TeamsOnly. Remove it with"
            + " Grant-CsTeamsUpgradePolicy -Identity <user> -PolicyName $null, then move the user.";

    static final String FAULT_510 = "HostedMigration fault: Error=(510), Description=(This user's tenant is not"
            + " enabled for shared sip address space.)";

    private final Map<String, AtomicInteger> injectedAttempts = new ConcurrentHashMap<>();

    /** Whether the move was done but its answer must be lost. */
    boolean move(World world, Parameters p) {
        String identity = p.required("Identity");
        String target = p.required("Target");
        OnPremUser user =
                UserCmdlets.find(world, identity).orElseThrow(() -> CmdletError.notFound(p.cmdlet(), identity));
        Optional<Map<String, Object>> provider = world.hostingProviders().stream()
                .filter(h -> target.equalsIgnoreCase((String) h.get("ProxyFqdn")))
                .findFirst();
        if (provider.isPresent()) {
            checkOnlineMove(world, p, user, provider.get());
        } else if (UserCmdlets.isRegistrarPool(world, target)) {
            checkPoolMove(world, p, user, target);
        } else {
            throw CmdletError.invalidArgument(
                    p.cmdlet(), "Cannot find a Registrar pool or hosting provider with the FQDN \"" + target + "\".");
        }
        Faults.UserFailure injected = world.faults().userFailures().get(key(user));
        if (injected != null && attemptFails(user, injected)) {
            switch (injected.kind()) {
                case LOST_REPLY -> {
                    rehome(world, p, user, provider.isPresent() ? target : null, target);
                    return true;
                }
                case SUCCESS_NOT_MOVED -> {
                    return false;
                }
                case THROTTLED_OTHER_WORDS ->
                    throw new CmdletError(
                            "NotSpecified",
                            THROTTLED_OTHER_WORDS,
                            "HostedMigrationFault," + CmdletError.cmdletType("Move-CsUser"));
                default -> throw hostedMigrationFault(injected.kind());
            }
        }
        if (provider.isPresent() && world.faultStrikes(world.faults().throttleRate())) {
            throw throttled();
        }
        rehome(world, p, user, provider.isPresent() ? target : null, target);
        return false;
    }

    static CmdletError throttled() {
        return new CmdletError(
                "ResourceBusy", THROTTLED, "HostedMigrationFault," + CmdletError.cmdletType("Move-CsUser"));
    }

    private void checkOnlineMove(World world, Parameters p, OnPremUser user, Map<String, Object> provider) {
        if (user.isOnline()) {
            throw CmdletError.invalidOperation(
                    p.cmdlet(),
                    "User \"" + user.sipAddress() + "\" is already homed at \"" + user.hostingProvider() + "\".");
        }
        if (!Boolean.TRUE.equals(provider.get("Enabled")) || !Boolean.TRUE.equals(provider.get("HostsOCSUsers"))) {
            throw CmdletError.invalidOperation(
                    p.cmdlet(), "Hosting provider \"" + provider.get("Identity") + "\" is not enabled to host users.");
        }
        if (!Boolean.TRUE.equals(world.tenantFederation().get("SharedSipAddressSpace"))) {
            throw hostedMigrationFault(Faults.UserFailure.Kind.FAULT_510);
        }
        OnlineProvisioning.State provisioning = world.provisioning().of(user);
        if (!user.synced()
                || provisioning == OnlineProvisioning.State.VALIDATION_ERRORS
                || provisioning == OnlineProvisioning.State.ATTRIBUTES_NOT_SYNCED) {
            throw hostedMigrationFault(Faults.UserFailure.Kind.FAULT_506);
        }
        if ((!has(user, OnPremUser.AssignedPlan.SKYPE_ONLINE_PLAN_2)
                        && !has(user, OnPremUser.AssignedPlan.SKYPE_ONLINE_PLAN_2_GOV))
                || provisioning == OnlineProvisioning.State.PENDING) {
            throw hostedMigrationFault(Faults.UserFailure.Kind.FAULT_507);
        }
        if (user.enterpriseVoiceEnabled()) {
            LicenceCheck.ENTERPRISE_VOICE.enforce(p, user);
        }
        if (dialInEnabled(world, user)) {
            LicenceCheck.DIAL_IN_CONFERENCING.enforce(p, user);
        }
    }

    /**
     * The service refuses a user with an on-premises feature but without its licence online, unless the check's
     * bypass switch is given. Simulator-defined wording: no public source gives the real text.
     */
    private enum LicenceCheck {
        ENTERPRISE_VOICE(
                "Enterprise Voice",
                "Phone System",
                List.of(OnPremUser.AssignedPlan.PHONE_SYSTEM, OnPremUser.AssignedPlan.PHONE_SYSTEM_GOV),
                "BypassEnterpriseVoiceCheck"),
        DIAL_IN_CONFERENCING(
                "dial-in conferencing",
                "Audio Conferencing",
                List.of(OnPremUser.AssignedPlan.AUDIO_CONFERENCING, OnPremUser.AssignedPlan.AUDIO_CONFERENCING_GOV),
                "BypassAudioConferencingCheck");

        private final String feature;
        private final String licence;
        private final List<OnPremUser.AssignedPlan> plans;
        private final String bypass;

        LicenceCheck(String feature, String licence, List<OnPremUser.AssignedPlan> plans, String bypass) {
            this.feature = feature;
            this.licence = licence;
            this.plans = plans;
            this.bypass = bypass;
        }

        void enforce(Parameters p, OnPremUser user) {
            if (plans.stream().noneMatch(plan -> has(user, plan)) && !p.isSet(bypass)) {
                throw CmdletError.invalidOperation(
                        p.cmdlet(),
                        "User \"" + user.sipAddress() + "\" is enabled for " + feature + " but has no " + licence
                                + " license online. Assign the license or use -" + bypass + ".");
            }
        }
    }

    /** The user's effective conferencing policy: their per-user (tag) policy, else their site's, else Global. */
    private static boolean dialInEnabled(World world, OnPremUser user) {
        List<String> scopes = new ArrayList<>();
        if (user.conferencingPolicy() != null) {
            scopes.add("Tag:" + user.conferencingPolicy());
        }
        world.services().stream()
                .filter(s -> ("Registrar:" + user.registrarPool()).equalsIgnoreCase((String) s.get("Identity")))
                .map(s -> (String) s.get("SiteId"))
                .findFirst()
                .ifPresent(scopes::add);
        scopes.add("Global");
        return scopes.stream()
                .flatMap(scope -> world.conferencingPolicies().stream()
                        .filter(c -> scope.equalsIgnoreCase((String) c.get("Identity"))))
                .findFirst()
                .map(c -> Boolean.TRUE.equals(c.get("EnableDialInConferencing")))
                .orElse(false);
    }

    private static void checkPoolMove(World world, Parameters p, OnPremUser user, String pool) {
        if (!user.isOnline() && pool.equalsIgnoreCase(user.registrarPool())) {
            throw CmdletError.invalidOperation(
                    p.cmdlet(), "User \"" + user.sipAddress() + "\" is already homed at \"" + pool + "\".");
        }
        if (world.product() == ServerProduct.LYNC_2013 && UPGRADE_TO_TEAMS.equals(user.teamsUpgradePolicy())) {
            throw CmdletError.invalidOperation(p.cmdlet(), String.format(TEAMS_ONLY_ON_PREMISES, user.sipAddress()));
        }
    }

    /**
     * A move online makes the user TeamsOnly ("The user becomes a TeamsOnly user",
     * move-users-between-on-premises-and-cloud.md); a move back on Skype for Business Server 2015 CU8 or later removes
     * that assignment ("Subsequent versions of Skype for Business Server automatically remove this assignment",
     * move-users-from-the-cloud-to-on-premises.md). Lync Server 2013 leaves it to the admin.
     */
    private static void assignUpgradePolicy(World world, OnPremUser user, boolean online) {
        if (online) {
            user.teamsUpgradePolicy(UPGRADE_TO_TEAMS);
        } else if (world.product() != ServerProduct.LYNC_2013) {
            user.teamsUpgradePolicy(null);
        }
    }

    /** The built-in TeamsUpgradePolicy instance whose mode is TeamsOnly (Grant-CsTeamsUpgradePolicy.md). */
    static final String UPGRADE_TO_TEAMS = "UpgradeToTeams";

    private boolean attemptFails(OnPremUser user, Faults.UserFailure failure) {
        int attempt = injectedAttempts
                .computeIfAbsent(key(user), k -> new AtomicInteger())
                .incrementAndGet();
        return attempt <= failure.times();
    }

    private static void rehome(World world, Parameters p, OnPremUser user, String provider, String target) {
        assignUpgradePolicy(world, user, provider != null);
        world.rehome(user, provider != null ? provider : UserCmdlets.onPremLocator(), provider != null ? null : target);
        world.recordChange("on-premises", p.cmdlet(), user.sipAddress(), p.forRecord());
    }

    private static CmdletError hostedMigrationFault(Faults.UserFailure.Kind kind) {
        String message =
                switch (kind) {
                    case FAULT_506 -> FAULT_506;
                    case FAULT_507 -> FAULT_507;
                    case FAULT_510 -> FAULT_510;
                    case LOST_REPLY, THROTTLED_OTHER_WORDS, SUCCESS_NOT_MOVED ->
                        throw new IllegalArgumentException(kind + " is not a refusal with a documented fault");
                };
        return new CmdletError(
                "InvalidOperation", message, "HostedMigrationFault," + CmdletError.cmdletType("Move-CsUser"));
    }

    private static boolean has(OnPremUser user, OnPremUser.AssignedPlan plan) {
        return user.assignedPlans().stream()
                .anyMatch(
                        a -> a.servicePlanId().equals(plan.servicePlanId()) && "Enabled".equals(a.capabilityStatus()));
    }

    private static String key(OnPremUser user) {
        return user.sipAddress().substring("sip:".length()).toLowerCase(java.util.Locale.ROOT);
    }
}
