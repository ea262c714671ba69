package io.jenkins.plugins.lynchybrid.notify;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.accounts.OnPremAccount;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a wave's users, ahead of their move, that their upgrade to Teams is coming: New-CsTeamsUpgradePolicy
 * -Identity {@value #POLICY} -NotifySfbUsers $true once (New-CsTeamsUpgradePolicy.md, Example 2: "a policy for users
 * that can be granted as desired to individual users"), then Grant-CsTeamsUpgradePolicy per user. Re-runnable: an
 * existing notifying instance is reused, and granting it again changes nothing.
 */
public final class NotifyJob {
    /** The instance this tool creates and grants. */
    public static final String POLICY = "LyncHybridNotifySfbUsers";

    private final HybridSite site;
    private final LyncShell shell;
    private final FailureClassifier classifier = new FailureClassifier();

    public NotifyJob(HybridSite site, LyncShell shell) {
        this.site = site;
        this.shell = shell;
    }

    /** Refuses a site whose server cannot notify, before anything connects (exit 2, the reason why). */
    public static void requireSupported(HybridSite site) {
        NotifySupport.cannotNotify(site.serverVersion()).ifPresent(reason -> {
            throw new ConfigurationException("site '" + site.name() + "': " + reason);
        });
    }

    public NotifyResult run(List<UserRef> users) {
        requireSupported(site);
        Optional<String> policyProblem = ensurePolicy();
        AccountReader accounts = AccountReader.of(shell);
        List<NotifyOutcome> outcomes = new ArrayList<>();
        for (UserRef user : users) {
            outcomes.add(policyProblem
                    .map(p -> new NotifyOutcome(user.key(), NotifyOutcome.Status.FAILED, p))
                    .orElseGet(() -> notify(user, accounts.read(user.identity()))));
        }
        return new NotifyResult(POLICY, outcomes);
    }

    private NotifyOutcome notify(UserRef user, AccountReader.Read read) {
        if (read.failure().isPresent()) {
            return new NotifyOutcome(
                    user.key(),
                    NotifyOutcome.Status.FAILED,
                    "Get-CsUser failed: " + read.failure().get().describe());
        }
        if (read.account().isEmpty()) {
            return new NotifyOutcome(
                    user.key(),
                    NotifyOutcome.Status.FAILED,
                    "user not found on-premises (Get-CsUser) — fix: check the SIP address or UPN");
        }
        OnPremAccount account = read.account().get();
        if (account.home() == Home.ONLINE) {
            return new NotifyOutcome(
                    user.key(),
                    NotifyOutcome.Status.SKIPPED,
                    "already online (" + account.whereHomed() + "): an on-premises TeamsUpgradePolicy does not apply");
        }
        try {
            shell.run(Calls.grantTeamsUpgradePolicy(account.sipAddress(), POLICY));
            return new NotifyOutcome(user.key(), NotifyOutcome.Status.NOTIFIED, "granted TeamsUpgradePolicy " + POLICY);
        } catch (ShellException e) {
            return new NotifyOutcome(
                    user.key(),
                    NotifyOutcome.Status.FAILED,
                    "Grant-CsTeamsUpgradePolicy failed: "
                            + classifier.classify(e).describe());
        }
    }

    /** Creates the notifying instance when missing; the reason nobody can be notified, if any. */
    private Optional<String> ensurePolicy() {
        List<PsObject> existing;
        try {
            existing = shell.run(Calls.getTeamsUpgradePolicy(POLICY));
        } catch (ShellException e) {
            if (!notFound(e)) {
                return Optional.of(
                        "Get-CsTeamsUpgradePolicy failed: " + FailureClassifier.firstLine(e.serviceMessage()));
            }
            existing = List.of();
        }
        if (!existing.isEmpty()) {
            return existing.get(0).flag("NotifySfbUsers").orElse(false)
                    ? Optional.empty()
                    : Optional.of("the TeamsUpgradePolicy " + POLICY + " exists with NotifySfbUsers off — fix:"
                            + " Set-CsTeamsUpgradePolicy -Identity " + POLICY
                            + " -NotifySfbUsers $true, then run again");
        }
        try {
            shell.run(Calls.newNotifyingTeamsUpgradePolicy(POLICY));
            return Optional.empty();
        } catch (ShellException e) {
            return Optional.of("New-CsTeamsUpgradePolicy failed: " + FailureClassifier.firstLine(e.serviceMessage()));
        }
    }

    private static boolean notFound(ShellException e) {
        return e.kind() == ShellException.Kind.CMDLET_ERROR
                && ("ObjectNotFound".equalsIgnoreCase(e.category())
                        || e.serviceMessage().toLowerCase(Locale.ROOT).contains("not found"));
    }
}
