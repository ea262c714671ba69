package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * Where every user's outcome lands, exactly once: the journal line (flushed), the listener, the failure budget
 * that may stop the job, and the admission window that lets the next users in. A journal that cannot be written
 * any more (a full disk, an I/O error) halts the job: outcomes still reach the result and the reports, no
 * further move starts, since a move the journal cannot record could not be resumed safely.
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
    private final List<String> notAttempted = new ArrayList<>();
    private final Map<UserOutcome.Status, Integer> counts = new EnumMap<>(UserOutcome.Status.class);
    private final Map<String, Verdict> moving = new HashMap<>();
    private final Set<String> givenUp = new HashSet<>();
    private volatile JobStop stop;
    private volatile boolean journalBroken;

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
    void abandon(String user) {
        synchronized (this) {
            if (givenUp.contains(user)) {
                return;
            }
            moving.remove(user);
            notAttempted.add(user);
        }
        window.release();
    }

    /** The stop cut the admission of this user short: it never took a place in the window. */
    synchronized void abandonUnadmitted(String user) {
        notAttempted.add(user);
    }

    /** The journal's line for a run that begins; a journal that cannot take it halts the job before any move. */
    void jobStarted(Home target) {
        journaled(j -> j.jobStarted(target));
    }

    /** A user handed to a mover: until its outcome lands it is in flight. */
    synchronized void dispatched(Verdict verdict) {
        moving.put(verdict.user().key(), verdict);
    }

    /**
     * Writes the journal's start line for a Move-CsUser about to be made; false when the journal cannot take it,
     * and then the move must not be made (the job halts).
     */
    boolean moveStarting(Verdict verdict, int attempt) {
        return journaled(j -> j.moveStarting(verdict.user().key(), verdict.identity(), attempt, verdict.fromPool()));
    }

    /**
     * Writes the journal's line for a call preparing the user's move (before it is sent); false when the journal
     * cannot take it, and then neither it nor the move may be made.
     */
    boolean preparing(Verdict verdict, int attempt, String command) {
        return journaled(j -> j.preparing(verdict.user().key(), verdict.identity(), attempt, command));
    }

    boolean stopping() {
        return stop != null;
    }

    /**
     * Stops dispatching unless something already stopped it; a halt replaces a softer stop, as it decides the exit
     * code.
     */
    synchronized void stop(JobStop reason) {
        if (stop == null || (reason.kind() == JobStop.Kind.HALTED && stop.kind() != JobStop.Kind.HALTED)) {
            stop = reason;
        }
    }

    Optional<JobStop> stopReason() {
        return Optional.ofNullable(stop);
    }

    /**
     * Users still in flight when the job gave up waiting for them: recorded as failed with an unknown outcome (a
     * re-run with the journal re-reads their home before anything else).
     */
    void giveUpOnMoving(String why) {
        List<Verdict> abandoned;
        synchronized (this) {
            abandoned = List.copyOf(moving.values());
            moving.clear();
            abandoned.forEach(v -> givenUp.add(v.user().key()));
        }
        for (Verdict verdict : abandoned) {
            settle(
                    outcome(
                            verdict,
                            UserOutcome.Status.FAILED,
                            "the job ended before this move finished (" + why
                                    + "); whether it moved is unknown: a re-run"
                                    + " with the journal checks the user's home first",
                            0,
                            startNanos),
                    false);
        }
    }

    synchronized List<UserOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    synchronized List<String> notAttempted() {
        return List.copyOf(notAttempted);
    }

    /** The journal's timed force (see {@link MoveJournal#forceIfDue}); one that fails stops the job as a write would. */
    void forceJournalIfDue() {
        journaled(MoveJournal::forceIfDue);
    }

    private boolean journaled(Consumer<MoveJournal> write) {
        if (journal.isEmpty()) {
            return true;
        }
        if (journalBroken) {
            return false;
        }
        try {
            write.accept(journal.get());
            return true;
        } catch (RuntimeException e) {
            journalBroken = true;
            stop(JobStop.of(
                    JobStop.Kind.HALTED,
                    "the journal cannot be written (" + FailureClassifier.firstLine(e.getMessage())
                            + "); no further move starts, as"
                            + " a re-run could not resume one the journal does not record"));
            return false;
        }
    }

    private void finish(UserOutcome outcome, boolean journaled) {
        synchronized (this) {
            if (givenUp.contains(outcome.user())) {
                return;
            }
            moving.remove(outcome.user());
        }
        settle(outcome, journaled);
    }

    private void settle(UserOutcome outcome, boolean journaled) {
        try {
            if (journaled) {
                journaled(j -> j.finished(outcome));
            }
            MoveListener.Progress progress;
            synchronized (this) {
                outcomes.add(outcome);
                counts.merge(outcome.status(), 1, Integer::sum);
                int failed = count(UserOutcome.Status.FAILED);
                if (stop == null && budget.exceeded(failed, total)) {
                    stop = JobStop.of(
                            JobStop.Kind.FAILURE_LIMIT,
                            failed + " users failed, more than the failure limit of " + budget + " allows");
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

    /**
     * A user's outcome. The reason keeps its first line only: a shell host's start-up output or a stack trace
     * belongs in the host diagnostics, not in one line per user of the journal and the reports.
     */
    static UserOutcome outcome(
            Verdict verdict, UserOutcome.Status status, String reason, int attempts, long startNanos) {
        return new UserOutcome(
                verdict.user().key(),
                verdict.identity(),
                status,
                FailureClassifier.firstLine(reason),
                attempts,
                Duration.ofNanos(System.nanoTime() - startNanos).toMillis(),
                Instant.now());
    }
}
