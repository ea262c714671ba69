package io.jenkins.plugins.lynchybrid.failures;

import io.jenkins.plugins.lynchybrid.errors.HybridException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a read-only shell call with bounded retries: a throttled or timed-out read, or one whose host died (the pool
 * gives the next attempt a fresh host), is simply asked again.
 */
public final class ReadRetry {
    static final int ATTEMPTS = 3;

    private final FailureClassifier classifier;
    private final Backoff backoff;
    private final CallObserver observer;

    public ReadRetry(FailureClassifier classifier, Backoff backoff) {
        this(classifier, backoff, CallObserver.NONE);
    }

    /**
     * @param observer hears every failed attempt and may refuse further attempts (a job's circuit breaker); a read
     *     that succeeds tells it nothing, as the on-premises shell answering says nothing about the cloud
     */
    public ReadRetry(FailureClassifier classifier, Backoff backoff, CallObserver observer) {
        this.classifier = classifier;
        this.backoff = backoff;
        this.observer = observer;
    }

    /** What the read returned, or the failure that stopped it. */
    public record Outcome<T>(Optional<T> value, Optional<Failure> failure) {}

    public <T> Outcome<T> run(Supplier<T> read) {
        Failure last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (!observer.admits()) {
                return new Outcome<>(
                        Optional.empty(),
                        Optional.of(new Failure(Failure.Kind.HALT, "the job's circuit breaker is open", "")));
            }
            try {
                return new Outcome<>(Optional.of(read.get()), Optional.empty());
            } catch (HybridException e) {
                last = classifier.classify(e);
                observer.failed(last);
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
