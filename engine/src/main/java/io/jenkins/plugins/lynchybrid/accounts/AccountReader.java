package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.failures.Backoff;
import io.jenkins.plugins.lynchybrid.failures.Failure;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.failures.ReadRetry;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Get-CsUser with bounded retries ({@link ReadRetry}). */
public final class AccountReader {
    private final HomeReader reader;
    private final ReadRetry retry;

    public AccountReader(LyncShell shell, ReadRetry retry) {
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

    public Read read(String identity) {
        ReadRetry.Outcome<Optional<OnPremAccount>> outcome = retry.run(() -> reader.read(identity));
        return new Read(outcome.value().flatMap(account -> account), outcome.failure());
    }

    /** Reads every identity at once on {@code executor}; the reads in the order of {@code identities}. */
    public List<Read> readAll(List<String> identities, Executor executor) {
        List<CompletableFuture<Read>> pending = identities.stream()
                .map(identity -> CompletableFuture.supplyAsync(() -> read(identity), executor))
                .toList();
        return pending.stream().map(CompletableFuture::join).toList();
    }
}
