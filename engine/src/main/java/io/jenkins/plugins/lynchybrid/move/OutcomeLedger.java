package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.IntSupplier;

/**
 * Where every user's outcome lands, exactly once: the journal line (flushed), the listener, the failure budget
 * that may stop the job, and the admission window that lets the next users in.
 */
final class OutcomeLedger {
    private final int total;
    private final FailureBudget budget;
    private final Optional<MoveJournal> journal;
    private final MoveListener listener;
    private final Semaphore window;
    private final IntSupplier parallelism;
    private final long startNanos = System.nanoTime();
    private final List<UserOutcome> outcomes = new ArrayList<>();
    private final Map<UserOutcome.Status, Integer> counts = new EnumMap<>(UserOutcome.Status.class);
    private int notAttempted;
    private volatile String stopReason;

    OutcomeLedger(
            int total,
            FailureBudget budget,
            Optional<MoveJournal> journal,
            MoveListener listener,
            Semaphore window,
            IntSupplier parallelism) {
        this.total = total;
        this.budget = budget;
        this.journal = journal;
        this.listener = listener;
        this.window = window;
        this.parallelism = parallelism;
    }

    /** Records a user from an earlier run without writing it to the journal again. */
    void carriedOver(UserOutcome outcome) {
        finish(outcome, false);
    }

    void record(UserOutcome outcome) {
        finish(outcome, true);
    }

    /** The job stopped before this user's move was tried. */
    void abandon() {
        synchronized (this) {
            notAttempted++;
        }
        window.release();
    }

    boolean stopping() {
        return stopReason != null;
    }

    /** Stops dispatching for {@code reason} unless something already stopped it. */
    synchronized void stop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
    }

    Optional<String> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    synchronized List<UserOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    synchronized int notAttempted() {
        return notAttempted;
    }

    private void finish(UserOutcome outcome, boolean journaled) {
        try {
            if (journaled) {
                journal.ifPresent(j -> j.finished(outcome));
            }
            MoveListener.Progress progress;
            synchronized (this) {
                outcomes.add(outcome);
                counts.merge(outcome.status(), 1, Integer::sum);
                int failed = count(UserOutcome.Status.FAILED);
                if (stopReason == null && budget.exceeded(failed, total)) {
                    stopReason = failed + " users failed, more than the failure limit of " + budget + " allows";
                }
                progress = new MoveListener.Progress(
                        outcomes.size(),
                        total,
                        count(UserOutcome.Status.MOVED) + count(UserOutcome.Status.WOULD_MOVE),
                        count(UserOutcome.Status.SKIPPED),
                        failed,
                        parallelism.getAsInt(),
                        Duration.ofNanos(System.nanoTime() - startNanos));
            }
            listener.userDone(outcome, progress);
        } finally {
            window.release();
        }
    }

    private int count(UserOutcome.Status status) {
        return counts.getOrDefault(status, 0);
    }

    static UserOutcome outcome(
            Verdict verdict, UserOutcome.Status status, String reason, int attempts, long startNanos) {
        return new UserOutcome(
                verdict.user().key(),
                verdict.identity(),
                status,
                reason,
                attempts,
                Duration.ofNanos(System.nanoTime() - startNanos).toMillis(),
                Instant.now());
    }
}
