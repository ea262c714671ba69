package io.jenkins.plugins.lynchybrid.move;

import java.util.Optional;

/** Get-CsUser with bounded retries ({@link ReadRetry}). */
final class AccountReader {
    private final HomeReader reader;
    private final ReadRetry retry;

    AccountReader(HomeReader reader, ReadRetry retry) {
        this.reader = reader;
        this.retry = retry;
    }

    /** The account (empty when no such user), or the failure that stopped the read. */
    record Read(Optional<OnPremAccount> account, Optional<Failure> failure) {}

    Read read(String identity) {
        ReadRetry.Outcome<Optional<OnPremAccount>> outcome = retry.run(() -> reader.read(identity));
        return new Read(outcome.value().flatMap(account -> account), outcome.failure());
    }
}
