package io.jenkins.plugins.lynchybrid.readiness;

import static io.jenkins.plugins.lynchybrid.readiness.Category.USERS;
import static io.jenkins.plugins.lynchybrid.readiness.Severity.ERROR;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.graph.GraphUser;
import io.jenkins.plugins.lynchybrid.graph.UserLookup;
import io.jenkins.plugins.lynchybrid.provisioning.OnlineUserReader;
import io.jenkins.plugins.lynchybrid.provisioning.ProvisioningJudge;
import io.jenkins.plugins.lynchybrid.provisioning.ProvisioningVerdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The move's provisioning pre-check for the optional user list: each listed user still on-premises whose online
 * account the hosted migration service would refuse (faults 506/507), judged by {@link ProvisioningJudge} from the
 * same batched Get-CsOnlineUser and Graph reads the move makes.
 */
final class ProvisioningCheck {
    static final String ID = "users.online-provisioned";

    private ProvisioningCheck() {}

    static Check check() {
        return new Check(
                ID,
                "Each listed user is provisioned online for the move (no fault 506/507 ahead)",
                USERS,
                ERROR,
                "The hosted migration service refuses a user whose synced attributes it cannot use (HostedMigration"
                        + " fault 506: validation errors, msRTCSIP attributes never synced) or whose Skype for Business"
                        + " Online provisioning has not finished (fault 507). The move stops such users before"
                        + " Move-CsUser; this check names them before the wave.",
                "Per user, as the evidence says: correct the attributes UserValidationErrors names; rerun the"
                        + " Microsoft Entra Connect configuration wizard so the msRTCSIP attributes sync; or wait for"
                        + " provisioning to finish (up to 30 minutes after licensing).",
                List.of(TenantChecks.SIGN_IN, OnPremisesChecks.MANAGEMENT_SHELL),
                ProvisioningCheck::judge);
    }

    /**
     * Users the tenant lacks or does not sync are left to {@code users.synced}; users Get-CsUser shows online already (the move skips
     * them) are not judged; a user whose online view could not be read is named as not judged.
     */
    private static Finding judge(HybridFacts facts) throws Exception {
        if (facts.options().users().isEmpty()) {
            return Finding.notApplicable("no user list given");
        }
        Map<String, UserLookup> cloud = facts.users();
        Map<String, AccountReader.Read> accounts = facts.userAccounts();
        Map<String, OnlineUserReader.Read> online = facts.onlineUsers();
        Map<ProvisioningVerdict.State, List<String>> blocked = new LinkedHashMap<>();
        Set<String> fixes = new LinkedHashSet<>();
        List<String> unread = new ArrayList<>();
        int judged = 0;
        for (String upn : facts.options().users()) {
            Optional<GraphUser> graph = Optional.ofNullable(cloud.get(upn)).flatMap(UserLookup::user);
            boolean alreadyOnline = Optional.ofNullable(accounts.get(upn))
                    .flatMap(AccountReader.Read::account)
                    .map(a -> a.home() == Home.ONLINE)
                    .orElse(false);
            if (graph.isEmpty() || !graph.get().synced() || alreadyOnline || !online.containsKey(upn)) {
                continue;
            }
            judged++;
            ProvisioningVerdict verdict = ProvisioningJudge.judge(upn, online.get(upn), graph);
            if (verdict.state() == ProvisioningVerdict.State.UNKNOWN) {
                unread.add(upn + " (" + verdict.reason() + ")");
            } else if (verdict.blocks()) {
                blocked.computeIfAbsent(verdict.state(), s -> new ArrayList<>()).add(upn);
                fixes.add(Character.toUpperCase(verdict.fix().charAt(0))
                        + verdict.fix().substring(1) + ".");
            }
        }
        if (blocked.isEmpty() && unread.isEmpty()) {
            return Finding.met(judged + " user(s) provisioned online");
        }
        List<String> evidence = new ArrayList<>();
        blocked.forEach((state, users) -> evidence.add(users.size() + " " + words(state) + ": " + Texts.listed(users)));
        if (!unread.isEmpty()) {
            evidence.add(unread.size() + " not judged: " + Texts.listed(unread));
            fixes.add("Check that the shell host's online session (Connect-MicrosoftTeams) works.");
        }
        return Finding.unmet(String.join("; ", evidence), String.join(" ", fixes));
    }

    private static String words(ProvisioningVerdict.State state) {
        return switch (state) {
            case PENDING -> "still being provisioned online (fault 507 until done)";
            case VALIDATION_ERRORS -> "with UserValidationErrors (fault 506)";
            case ATTRIBUTES_NOT_SYNCED -> "whose msRTCSIP attributes have not synced (fault 506)";
            case NOT_IN_TENANT -> "unknown to Get-CsOnlineUser";
            case READY, UNKNOWN -> "";
        };
    }
}
