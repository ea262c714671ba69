package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.accounts.OnPremAccount;
import io.jenkins.plugins.lynchybrid.errors.HybridException;
import io.jenkins.plugins.lynchybrid.errors.JobHaltedException;
import io.jenkins.plugins.lynchybrid.failures.CallObserver;
import io.jenkins.plugins.lynchybrid.failures.Failure;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.graph.UserLookup;
import io.jenkins.plugins.lynchybrid.journal.JournalState;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Runs the pre-checks for a chunk of users: one Get-CsUser -LdapFilter for the whole chunk (a user it misses read
 * alone, {@link AccountReader#readAll}), then one batched Graph look-up for those going online, beside the
 * provisioning pre-check's Get-CsOnlineUser for the same users.
 */
final class PreFlight {
    private final AccountReader accounts;
    private final TenantDirectory directory;
    private final PreChecks checks;
    private final Executor lookups;
    private final JournalState earlier;
    private final CallObserver breaker;
    private final ProvisioningPreCheck provisioning;
    private final FailureClassifier classifier = new FailureClassifier();
    /** Told when a chunk's Get-CsUser has ended, answered or not: the job's policy reads wait for the first. */
    private final Runnable accountsRead;

    PreFlight(
            AccountReader accounts,
            TenantDirectory directory,
            PreChecks checks,
            Executor lookups,
            JournalState earlier,
            CallObserver breaker,
            ProvisioningPreCheck provisioning,
            Runnable accountsRead) {
        this.accounts = accounts;
        this.directory = directory;
        this.checks = checks;
        this.lookups = lookups;
        this.earlier = earlier;
        this.breaker = breaker;
        this.provisioning = provisioning;
        this.accountsRead = accountsRead;
    }

    /**
     * The verdicts for {@code chunk}, in order. Users the journal records as moved are among them: their Get-CsUser
     * read (batched with the chunk's) re-verifies them, and one no longer at the target is moved again, saying so.
     */
    List<Verdict> check(List<UserRef> chunk) {
        List<AccountReader.Read> reads;
        try {
            reads = accounts.readAll(chunk.stream().map(UserRef::identity).toList(), lookups);
        } finally {
            accountsRead.run();
        }
        List<Verdict> verdicts = judge(chunk, reads);
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            if (verdict.decision() == Verdict.Decision.MOVE) {
                Optional<OnPremAccount> account = reads.get(i).account();
                verdict = verdict.from(account.flatMap(OnPremAccount::registrarPool));
                if (EarlierRun.of(earlier, chunk.get(i).key()) == EarlierRun.MOVED) {
                    verdict = verdict.withNote("the journal recorded it moved, but Get-CsUser shows it "
                            + account.map(a -> a.home().id()).orElse("elsewhere") + ": moved again");
                }
                verdicts.set(i, verdict);
            }
        }
        return verdicts;
    }

    private List<Verdict> judge(List<UserRef> chunk, List<AccountReader.Read> reads) {
        Map<UserRef, OnPremAccount> needCloud = new LinkedHashMap<>();
        List<Verdict> verdicts = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            verdicts.add(onPremises(chunk.get(i), reads.get(i), needCloud));
        }
        if (needCloud.isEmpty()) {
            return verdicts;
        }
        List<String> upns = new ArrayList<>();
        needCloud.forEach((user, account) -> upns.add(upnOf(user, account)));
        ProvisioningPreCheck.Reading online = provisioning.start(upns, lookups);
        Map<String, UserLookup> found = cloudLookups(upns);
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i) == null) {
                UserRef user = chunk.get(i);
                OnPremAccount account = needCloud.get(user);
                verdicts.set(i, checks.cloud(user, account, found.get(upnOf(user, account))));
            }
        }
        return provisioning.stopUnprovisioned(
                verdicts, user -> Optional.ofNullable(needCloud.get(user)).map(a -> upnOf(user, a)), found, online);
    }

    /** The verdict the on-premises side decides, or null when the cloud must be asked ({@code needCloud} then holds the account). */
    private Verdict onPremises(UserRef user, AccountReader.Read read, Map<UserRef, OnPremAccount> needCloud) {
        if (read.failure().filter(f -> f.kind() == Failure.Kind.HALT).isPresent()) {
            return Verdict.halt(user, read.failure().get().reason());
        }
        if (read.failure().isPresent()) {
            return Verdict.fail(
                    user,
                    user.identity(),
                    "Get-CsUser failed: " + read.failure().get().describe());
        }
        Optional<Verdict> decided = checks.onPremises(user, read.account(), EarlierRun.of(earlier, user.key()));
        if (decided.isPresent()) {
            return decided.get();
        }
        needCloud.put(user, read.account().get());
        return null;
    }

    private Map<String, UserLookup> cloudLookups(List<String> upns) {
        try {
            Map<String, UserLookup> found = directory.users(upns);
            breaker.answered();
            return found;
        } catch (JobHaltedException e) {
            throw e;
        } catch (HybridException e) {
            breaker.failed(classifier.classify(e));
            Map<String, UserLookup> failed = new LinkedHashMap<>();
            upns.forEach(upn -> failed.put(upn, UserLookup.failed(upn, 0, e.getMessage())));
            return failed;
        }
    }

    /**
     * Graph finds users by UPN: the one the list gave, else the SIP address (Get-CsUser documents no
     * UserPrincipalName).
     */
    private static String upnOf(UserRef user, OnPremAccount account) {
        return user.userPrincipalName()
                .orElseGet(
                        () -> UserRef.keyOf(account.sipAddress().isEmpty() ? user.identity() : account.sipAddress()));
    }
}
