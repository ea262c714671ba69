package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.errors.HybridException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Get-CsUser with bounded retries: it only reads, so a throttled or timed-out read is simply asked again.
 */
final class AccountReader {
    static final int ATTEMPTS = 3;

    private final HomeReader reader;
    private final FailureClassifier classifier;
    private final MoveOptions options;

    AccountReader(HomeReader reader, FailureClassifier classifier, MoveOptions options) {
        this.reader = reader;
        this.classifier = classifier;
        this.options = options;
    }

    /** The account (empty when no such user), or the failure that stopped the read. */
    record Read(Optional<OnPremAccount> account, Optional<Failure> failure) {}

    Read read(String identity) {
        Failure last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return new Read(reader.read(identity), Optional.empty());
            } catch (HybridException e) {
                last = classifier.classify(e);
                if (!last.retryable() || attempt == ATTEMPTS) {
                    break;
                }
                pause(options.backoff(attempt, ThreadLocalRandom.current()));
            }
        }
        return new Read(Optional.empty(), Optional.of(last));
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
