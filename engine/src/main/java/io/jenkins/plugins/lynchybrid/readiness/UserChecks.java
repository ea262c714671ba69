package io.jenkins.plugins.lynchybrid.readiness;

import static io.jenkins.plugins.lynchybrid.readiness.Category.USERS;
import static io.jenkins.plugins.lynchybrid.readiness.Severity.ERROR;

import io.jenkins.plugins.lynchybrid.accounts.LicencePlans;
import io.jenkins.plugins.lynchybrid.graph.GraphUser;
import io.jenkins.plugins.lynchybrid.graph.UsageLocation;
import io.jenkins.plugins.lynchybrid.graph.UserLookup;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The optional user list (domain.md §4.4 U3-U5), looked up in Graph $batch requests. */
final class UserChecks {
    static final String SYNCED = "users.synced";
    static final String LICENSED = "users.licensed";
    static final String USAGE_LOCATION = "users.usage-location";

    private UserChecks() {}

    static List<Check> all() {
        return List.of(
                new Check(
                        SYNCED,
                        "Each listed user exists in the tenant and is synced",
                        USERS,
                        ERROR,
                        "A user whose msRTCSIP attributes never reached the cloud fails to move (fault 506).",
                        "Bring the user's OU into Entra Connect's scope; Start-ADSyncSyncCycle -PolicyType Delta.",
                        List.of(TenantChecks.SIGN_IN),
                        facts -> judge(
                                facts,
                                GraphUser::synced,
                                "not synced (onPremisesSyncEnabled is not true)",
                                "Bring these users' OU into Entra Connect's sync scope, then Start-ADSyncSyncCycle"
                                        + " -PolicyType Delta.",
                                true)),
                new Check(
                        LICENSED,
                        "Each listed user is licensed for Skype for Business Online (Plan 2) and Teams",
                        USERS,
                        ERROR,
                        "An unlicensed user fails to move (HostedMigration fault 507).",
                        "Assign a licence that includes Skype for Business Online (Plan 2) and Teams in the tenant's"
                                + " cloud (MCOSTANDARD and TEAMS1; in government clouds MCOSTANDARD_GOV and TEAMS_GOV,"
                                + " TEAMS_GCCHIGH or TEAMS_DOD) with Set-MgUserLicense.",
                        List.of(TenantChecks.SIGN_IN),
                        UserChecks::licensed),
                new Check(
                        USAGE_LOCATION,
                        "Each listed user has a usage location",
                        USERS,
                        ERROR,
                        "Licences cannot be assigned to a user without a usage location.",
                        "Update-MgUser -UserId <upn> -UsageLocation <ISO country code>",
                        List.of(TenantChecks.SIGN_IN),
                        facts -> judge(
                                facts,
                                u -> UsageLocation.problem(u).isEmpty(),
                                "without a usable usage location (null, empty or not a two-letter country code)",
                                "Update-MgUser -UserId <upn> -UsageLocation <two-letter country, e.g. US> for each"
                                        + " user listed.",
                                false)));
    }

    private static Finding licensed(HybridFacts facts) throws Exception {
        LicencePlans plans = LicencePlans.of(facts.site().cloud());
        return judge(
                facts,
                plans::movable,
                "without an enabled Skype for Business Online (Plan 2) and Teams plan of the " + plans.cloud()
                        + " cloud",
                "Set-MgUserLicense -UserId <upn> -AddLicenses @(@{SkuId='<SKU with one of "
                        + String.join(", ", new java.util.TreeSet<>(plans.skypeOnline())) + " and one of "
                        + String.join(", ", new java.util.TreeSet<>(plans.teams())) + ">'}) -RemoveLicenses @() for"
                        + " each user listed.",
                false);
    }

    /**
     * Users not found (or whose look-up failed) count against {@link #SYNCED} only, so one missing user is
     * reported once.
     */
    private static Finding judge(
            HybridFacts facts, Predicate<GraphUser> holds, String failing, String fix, boolean countUnknown)
            throws Exception {
        if (facts.options().users().isEmpty()) {
            return Finding.notApplicable("no user list given");
        }
        Map<String, UserLookup> lookups = facts.users();
        List<String> unknown = lookups.values().stream()
                .filter(l -> l.user().isEmpty())
                .map(l -> l.requested() + " (" + l.status() + " " + l.error() + ")")
                .toList();
        List<String> bad = lookups.values().stream()
                .filter(l -> l.user().isPresent() && !holds.test(l.user().get()))
                .map(UserLookup::requested)
                .toList();
        if (bad.isEmpty() && (!countUnknown || unknown.isEmpty())) {
            return Finding.met(lookups.size() + " user(s) checked");
        }
        StringBuilder evidence = new StringBuilder();
        if (!bad.isEmpty()) {
            evidence.append(bad.size())
                    .append(" of ")
                    .append(lookups.size())
                    .append(" user(s) ")
                    .append(failing)
                    .append(": ")
                    .append(Texts.listed(bad));
        }
        if (countUnknown && !unknown.isEmpty()) {
            evidence.append(evidence.length() > 0 ? "; " : "")
                    .append(unknown.size())
                    .append(" not found in the tenant: ")
                    .append(Texts.listed(unknown));
        }
        return Finding.unmet(evidence.toString(), fix);
    }
}
