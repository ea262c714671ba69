package io.jenkins.plugins.lynchybrid.readiness;

import static io.jenkins.plugins.lynchybrid.readiness.Category.USERS;
import static io.jenkins.plugins.lynchybrid.readiness.Severity.WARNING;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.accounts.Bypass;
import io.jenkins.plugins.lynchybrid.accounts.DialInPolicies;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.accounts.LicenceNeeds;
import io.jenkins.plugins.lynchybrid.accounts.LicencePlans;
import io.jenkins.plugins.lynchybrid.accounts.OnPremAccount;
import io.jenkins.plugins.lynchybrid.graph.GraphUser;
import io.jenkins.plugins.lynchybrid.graph.UserLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The move's licence pre-checks (domain.md §4.4 U6, U7) for the optional user list, judged by the move's own
 * {@link LicenceNeeds} from the users' on-premises accounts and their tenant licences. Warnings, not errors:
 * on Skype for Business Server 2015/2019 a move may be allowed to bypass them.
 */
final class MoveLicenceChecks {
    static final String VOICE_LICENSED = "users.voice-licensed";
    static final String DIAL_IN_LICENSED = "users.dial-in-licensed";

    private static final List<String> PREREQUISITES = List.of(TenantChecks.SIGN_IN, OnPremisesChecks.MANAGEMENT_SHELL);

    private MoveLicenceChecks() {}

    static List<Check> all() {
        return List.of(
                new Check(
                        VOICE_LICENSED,
                        "Each listed Enterprise Voice user has an enabled Phone System plan",
                        USERS,
                        WARNING,
                        "Move-CsUser refuses an Enterprise Voice user without Phone System, unless told to bypass"
                                + " the check (Skype for Business Server 2015/2019 only).",
                        catalogueFix(Bypass.ENTERPRISE_VOICE),
                        PREREQUISITES,
                        facts -> judge(
                                facts,
                                Bypass.ENTERPRISE_VOICE,
                                "Enterprise Voice users (EnterpriseVoiceEnabled) without an enabled Phone System plan",
                                true)),
                new Check(
                        DIAL_IN_LICENSED,
                        "Each listed dial-in conferencing user has an enabled Audio Conferencing plan",
                        USERS,
                        WARNING,
                        "Move-CsUser refuses a user whose effective conferencing policy has dial-in and who has no"
                                + " Audio Conferencing; its bypass switch is deprecated (\"should not be used\"),"
                                + " so the move never sends it.",
                        catalogueFix(Bypass.AUDIO_CONFERENCING),
                        PREREQUISITES,
                        facts -> judge(
                                facts,
                                Bypass.AUDIO_CONFERENCING,
                                "dial-in conferencing users (EnableDialInConferencing in their effective"
                                        + " conferencing policy) without an enabled Audio Conferencing plan",
                                false)));
    }

    private static String catalogueFix(Bypass bypass) {
        if (bypass.deprecated()) {
            return "Assign " + bypass.licence() + " (-" + bypass.parameter() + " is deprecated and never sent).";
        }
        return "Assign " + bypass.licence() + "; or, on Skype for Business Server 2015/2019, allow the move to"
                + " bypass the check: " + allowBypass(bypass);
    }

    private static String allowBypass(Bypass bypass) {
        return "allowBypass: true (pipeline) or --allow-bypass (CLI) adds -" + bypass.parameter() + ".";
    }

    /**
     * Users the tenant lacks are left to {@code users.synced}; of the others, those whose accounts Get-CsUser did not
     * return count against {@link #VOICE_LICENSED} only, so each missing user is reported once. Users already online
     * (the move skips them) are not judged.
     */
    private static Finding judge(HybridFacts facts, Bypass bypass, String failing, boolean countUnread)
            throws Exception {
        if (facts.options().users().isEmpty()) {
            return Finding.notApplicable("no user list given");
        }
        Map<String, UserLookup> cloud = facts.users();
        DialInPolicies policies = facts.dialInPolicies();
        List<String> unread = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        int judged = 0;
        for (Map.Entry<String, AccountReader.Read> entry : facts.userAccounts().entrySet()) {
            String upn = entry.getKey();
            AccountReader.Read read = entry.getValue();
            Optional<GraphUser> cloudUser = Optional.ofNullable(cloud.get(upn)).flatMap(UserLookup::user);
            if (cloudUser.isEmpty()) {
                continue;
            }
            if (read.account().isEmpty()) {
                unread.add(upn
                        + read.failure()
                                .map(f -> " (Get-CsUser failed: " + f.describe() + ")")
                                .orElse(" (not found by Get-CsUser)"));
                continue;
            }
            OnPremAccount account = read.account().get();
            if (account.home() != Home.ON_PREMISES) {
                continue;
            }
            judged++;
            if (LicenceNeeds.of(
                            account,
                            cloudUser.get(),
                            policies,
                            LicencePlans.of(facts.site().cloud()))
                    .contains(bypass)) {
                bad.add(upn);
            }
        }
        if (bad.isEmpty() && (!countUnread || unread.isEmpty())) {
            return Finding.met(judged + " user(s) on-premises checked");
        }
        List<String> evidence = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        boolean lync2013 = !facts.site().serverVersion().teamsEra();
        if (!bad.isEmpty()) {
            evidence.add(bad.size() + " of " + judged + " user(s) on-premises are " + failing + ": "
                    + Texts.listed(bad)
                    + (lync2013
                            ? " (Lync Server 2013's Move-CsUser has no -" + bypass.parameter()
                                    + ", so they cannot move until licensed)"
                            : ""));
            fixes.add(licenceFix(bypass, lync2013));
        }
        if (countUnread && !unread.isEmpty()) {
            evidence.add(unread.size() + " not read on-premises, so not judged: " + Texts.listed(unread));
            fixes.add("Check each unread user's UPN (Get-CsUser -Identity <upn> must find them), or restore the"
                    + " shell access the evidence names.");
        }
        return Finding.unmet(String.join("; ", evidence), String.join(" ", fixes));
    }

    private static String licenceFix(Bypass bypass, boolean lync2013) {
        String assign = "Assign " + bypass.licence() + " to each user listed (Set-MgUserLicense -UserId <upn>"
                + " -AddLicenses @(@{SkuId='<SKU with " + bypass.licence() + ">'}) -RemoveLicenses @())";
        return lync2013 || bypass.deprecated()
                ? assign + "."
                : assign + ", or allow the move to bypass the check: " + allowBypass(bypass);
    }
}
