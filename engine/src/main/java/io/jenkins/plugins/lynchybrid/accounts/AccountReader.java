package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.failures.Backoff;
import io.jenkins.plugins.lynchybrid.failures.Failure;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.failures.ReadRetry;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Get-CsUser with bounded retries ({@link ReadRetry}): one user by identity, or many in batches of at most
 * {@link #BATCH} with one {@code Get-CsUser -LdapFilter} each (docs/performance.md "Batched Get-CsUser reads" says
 * why that size). Get-CsUser's output documents the SipAddress but no UPN, so a batch's answers are matched to the
 * users asked for by SIP address; a user a batch does not return is read on its own before anyone says "not found".
 */
public final class AccountReader {
    /**
     * Users per Get-CsUser -LdapFilter: a tenth of Active Directory's default MaxPageSize (1,000), so a batch's answer
     * is one page, and an OR filter of about 6 KB, far below the LDAP request limit (MaxReceiveBuffer, 10 MB).
     */
    public static final int BATCH = 100;

    private final LyncShell shell;
    private final HomeReader reader;
    private final ReadRetry retry;

    public AccountReader(LyncShell shell, ReadRetry retry) {
        this.shell = shell;
        this.reader = new HomeReader(shell);
        this.retry = retry;
    }

    /** A reader outside a move job (readiness), retrying as a move with default options does. */
    public static AccountReader of(LyncShell shell) {
        return new AccountReader(
                shell, new ReadRetry(new FailureClassifier(), Backoff.exponential(Backoff.DEFAULT_FIRST_DELAY)));
    }

    /** The account (empty when no such user), or the failure that stopped the read. */
    public record Read(Optional<OnPremAccount> account, Optional<Failure> failure) {}

    /** One user, with {@code Get-CsUser -Identity}. */
    public Read read(String identity) {
        ReadRetry.Outcome<Optional<OnPremAccount>> outcome = retry.run(() -> reader.read(identity));
        return new Read(outcome.value().flatMap(account -> account), outcome.failure());
    }

    /**
     * Every identity, in batches of {@link #BATCH} read at once on {@code executor}; the reads in the order of
     * {@code identities}.
     */
    public List<Read> readAll(List<String> identities, Executor executor) {
        if (identities.size() <= BATCH) {
            return readBatch(identities);
        }
        List<CompletableFuture<List<Read>>> pending = new ArrayList<>();
        for (int from = 0; from < identities.size(); from += BATCH) {
            List<String> batch = identities.subList(from, Math.min(identities.size(), from + BATCH));
            pending.add(CompletableFuture.supplyAsync(() -> readBatch(batch), executor));
        }
        List<Read> reads = new ArrayList<>(identities.size());
        pending.forEach(batch -> reads.addAll(batch.join()));
        return reads;
    }

    /**
     * At most {@link #BATCH} identities with one call, in this thread. A batch whose call fails is read again as two
     * halves, down to single users (at most twice the calls of reading each user alone), unless the shell itself is
     * failing (an infrastructure failure, or the job halting): then smaller batches would fail alike, and each user
     * carries the batch's failure.
     */
    public List<Read> readBatch(List<String> identities) {
        if (identities.size() == 1) {
            return List.of(read(identities.get(0)));
        }
        ReadRetry.Outcome<List<PsObject>> outcome =
                retry.run(() -> shell.run(Calls.getUsersByLdapFilter(LdapFilters.anySipAddress(identities))));
        if (outcome.failure().isPresent()) {
            Failure failure = outcome.failure().get();
            if (failure.kind() == Failure.Kind.INFRASTRUCTURE || failure.kind() == Failure.Kind.HALT) {
                return identities.stream()
                        .map(i -> new Read(Optional.empty(), Optional.of(failure)))
                        .toList();
            }
            int half = identities.size() / 2;
            List<Read> reads = new ArrayList<>(readBatch(identities.subList(0, half)));
            reads.addAll(readBatch(identities.subList(half, identities.size())));
            return reads;
        }
        Map<String, OnPremAccount> bySip = new HashMap<>();
        for (PsObject user : outcome.value().orElseThrow()) {
            OnPremAccount account = OnPremAccount.of(user);
            if (!account.sipAddress().isBlank()) {
                bySip.putIfAbsent(OnPremAccount.sipKey(account.sipAddress()), account);
            }
        }
        return identities.stream()
                .map(identity -> Optional.ofNullable(bySip.get(OnPremAccount.sipKey(identity)))
                        .map(account -> new Read(Optional.of(account), Optional.empty()))
                        .orElseGet(() -> read(identity)))
                .toList();
    }
}
