package io.jenkins.plugins.lynchybrid.failures;

import io.jenkins.plugins.lynchybrid.errors.HybridException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Runs a read-only shell call with bounded retries: a throttled or timed-out read is simply asked again. */
public final class ReadRetry {
    static final int ATTEMPTS = 3;

    private final FailureClassifier classifier;
    private final Backoff backoff;

    public ReadRetry(FailureClassifier classifier, Backoff backoff) {
        this.classifier = classifier;
        this.backoff = backoff;
    }

    /** What the read returned, or the failure that stopped it. */
    public record Outcome<T>(Optional<T> value, Optional<Failure> failure) {}

    public <T> Outcome<T> run(Supplier<T> read) {
        Failure last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return new Outcome<>(Optional.of(read.get()), Optional.empty());
            } catch (HybridException e) {
                last = classifier.classify(e);
                if (!last.retryable() || attempt == ATTEMPTS) {
                    break;
                }
                pause(backoff.delay(attempt, ThreadLocalRandom.current()));
            }
        }
        return new Outcome<>(Optional.empty(), Optional.of(last));
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
