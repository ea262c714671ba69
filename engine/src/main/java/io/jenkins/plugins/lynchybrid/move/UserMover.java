package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.accounts.OnPremAccount;
import io.jenkins.plugins.lynchybrid.errors.HybridException;
import io.jenkins.plugins.lynchybrid.failures.CallObserver;
import io.jenkins.plugins.lynchybrid.failures.Failure;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.CommandLine;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Moves one user: waits for a slot, calls Move-CsUser, and queues the user for a batched read of the home that
 * verifies it ({@link Verifications}, which gathers while other moves hold or wait for a slot), off the slot.
 * Retryable failures come back after a back-off; a move whose reply never came is first checked with Get-CsUser, so
 * a user whose move already happened is recorded as moved and never moved twice.
 */
final class UserMover {
    private final LyncShell shell;
    private final MoveCall moveCall;
    private final AccountReader accounts;
    private final FailureClassifier classifier;
    private final MoveSlots slots;
    private final MoveOptions options;
    private final OutcomeLedger ledger;
    private final MoveListener listener;
    private final CallObserver breaker;
    private final Executor movers;
    private final Verifications verifications;
    private final ScheduledExecutorService timer;
    private final CompletableFuture<Void> firstMoveSent = new CompletableFuture<>();
    /** Users whose preparation succeeded in this run: their retries do not send it again. */
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();

    UserMover(
            LyncShell shell,
            MoveCall moveCall,
            AccountReader accounts,
            MoveSlots slots,
            MoveOptions options,
            OutcomeLedger ledger,
            MoveListener listener,
            CallObserver breaker,
            Pools pools) {
        this.shell = shell;
        this.moveCall = moveCall;
        this.accounts = accounts;
        this.classifier = new FailureClassifier();
        this.slots = slots;
        this.options = options;
        this.ledger = ledger;
        this.listener = listener;
        this.breaker = breaker;
        this.movers = pools.movers();
        this.verifications = new Verifications(
                accounts,
                pools.lookups(),
                pools.timer(),
                Verifications.BOUND,
                () -> slots.busy() && !ledger.stopping());
        this.timer = pools.timer();
    }

    /** The executors a job runs on. */
    record Pools(Executor movers, Executor lookups, ScheduledExecutorService timer) {}

    void start(Verdict verdict, long startNanos) {
        ledger.dispatched(verdict);
        movers.execute(() -> {
            try {
                guarded(verdict, 0, startNanos, () -> attempt(verdict, 1, startNanos, false));
            } finally {
                firstMoveSent.complete(null);
            }
        });
    }

    /**
     * Completes when the job's first Move-CsUser has a shell host (so no other cmdlet can take that host first), or
     * when the first started move's attempt ends without one (stopped, refused by the journal, failed in its
     * preparation).
     */
    CompletableFuture<Void> firstMoveSent() {
        return firstMoveSent;
    }

    private void attempt(Verdict verdict, int attempt, long startNanos, boolean outcomeUnknown) {
        if (outcomeUnknown
                && reachedTarget(verdict, attempt - 1, startNanos, "the reply to the last attempt was lost")) {
            return;
        }
        if (ledger.stopping()) {
            notStarted(verdict, attempt, startNanos);
            return;
        }
        Optional<CmdletCall> preparation = moveCall.beforeMove(verdict.identity(), options.target())
                .filter(call -> !prepared.contains(verdict.user().key()));
        if (preparation.isPresent() && !ledger.preparing(verdict, attempt, CommandLine.of(preparation.get()))) {
            notStarted(verdict, attempt, startNanos);
            return;
        }
        Failure failure = preparation.map(call -> prepare(verdict, call)).orElse(null);
        if (failure == null) {
            MoveSlots.Slot slot = acquire();
            if (ledger.stopping() || !ledger.moveStarting(verdict, attempt)) {
                slots.released(slot);
                notStarted(verdict, attempt, startNanos);
                return;
            }
            try {
                shell.run(moveCall(verdict), () -> firstMoveSent.complete(null));
                breaker.answered();
            } catch (HybridException e) {
                failure = classifier.classify(e);
                breaker.failed(failure);
            } finally {
                release(slot, failure);
            }
            if (failure != null) {
                verifications.moveEnded();
            }
        }
        if (failure == null) {
            verifications.verify(
                    verdict.identity(),
                    read -> guarded(verdict, attempt, startNanos, () -> verified(verdict, attempt, startNanos, read)));
        } else if (failure.kind() == Failure.Kind.HALT) {
            ledger.stop(JobStop.halted(failure.reason()));
            notStarted(verdict, attempt, startNanos);
        } else if (failure.retryable() && attempt < options.maxAttempts()) {
            retryLater(verdict, attempt, startNanos, failure);
        } else if (failure.kind() == Failure.Kind.OUTCOME_UNKNOWN) {
            if (!reachedTarget(verdict, attempt, startNanos, "the reply was lost")) {
                fail(
                        verdict,
                        attempt,
                        startNanos,
                        "no reply after " + attempt + " attempts and the user is not at the" + " target: "
                                + failure.describe());
            }
        } else {
            fail(verdict, attempt, startNanos, failure.describe() + attemptsNote(attempt));
        }
    }

    /**
     * Runs the call Microsoft requires before this user's Move-CsUser (outside the hosted migration service, so
     * without a move slot); its failure is the attempt's failure, retried like the move's.
     */
    private Failure prepare(Verdict verdict, CmdletCall call) {
        try {
            shell.run(call);
            breaker.answered();
            prepared.add(verdict.user().key());
            return null;
        } catch (HybridException e) {
            Failure failure = classifier.classify(e);
            breaker.failed(failure);
            return failure;
        }
    }

    /**
     * The job stopped before this attempt's Move-CsUser was made: a user never tried is listed as not attempted, one
     * whose earlier attempts failed is recorded failed (a re-run tries both again).
     */
    private void notStarted(Verdict verdict, int attempt, long startNanos) {
        if (attempt == 1) {
            ledger.abandon(verdict.user().key());
        } else {
            String why = ledger.stopReason().map(JobStop::reason).orElse("the job stopped");
            fail(verdict, attempt - 1, startNanos, "not retried: " + why);
        }
    }

    private void retryLater(Verdict verdict, int attempt, long startNanos, Failure failure) {
        Duration delay = options.backoff(attempt, ThreadLocalRandom.current());
        listener.retry(verdict.user().key(), attempt, failure, delay);
        boolean unknown = failure.kind() == Failure.Kind.OUTCOME_UNKNOWN;
        timer.schedule(
                () -> movers.execute(() -> guarded(
                        verdict, attempt, startNanos, () -> attempt(verdict, attempt + 1, startNanos, unknown))),
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The user's home as the verification batch read it: moved, or a failure saying what Get-CsUser showed. */
    private void verified(Verdict verdict, int attempt, long startNanos, AccountReader.Read read) {
        Optional<Home> home = read.account().map(OnPremAccount::home);
        if (home.equals(Optional.of(options.target()))) {
            ledger.record(OutcomeLedger.outcome(
                    verdict, UserOutcome.Status.MOVED, verdict.noted(commandLine(verdict)), attempt, startNanos));
        } else if (read.failure().isPresent()) {
            read.failure()
                    .filter(f -> f.kind() == Failure.Kind.HALT)
                    .ifPresent(f -> ledger.stop(JobStop.halted(f.reason())));
            fail(
                    verdict,
                    attempt,
                    startNanos,
                    "Move-CsUser reported success but Get-CsUser could not read the user back to confirm it ("
                            + read.failure().get().describe()
                            + "); a re-run with the journal checks the user's home and does not move them twice");
        } else {
            String seen = read.account()
                    .map(a -> "Get-CsUser shows " + a.whereHomed())
                    .orElse("Get-CsUser no longer finds the user");
            fail(verdict, attempt, startNanos, "Move-CsUser reported success but the move is not visible: " + seen);
        }
    }

    /** Re-reads the home after a lost reply; records the user as moved when they are at the target already. */
    private boolean reachedTarget(Verdict verdict, int attempts, long startNanos, String why) {
        AccountReader.Read read = accounts.read(verdict.identity());
        boolean there = read.account().map(a -> a.home() == options.target()).orElse(false);
        if (there) {
            ledger.record(OutcomeLedger.outcome(
                    verdict,
                    UserOutcome.Status.MOVED,
                    verdict.noted(why + "; Get-CsUser shows the user at the target"),
                    attempts,
                    startNanos));
        }
        return there;
    }

    private CmdletCall moveCall(Verdict verdict) {
        return moveCall.build(verdict.identity(), options.target(), verdict.bypasses());
    }

    /** The exact Move-CsUser line, as the journal and the reports show it (the credential only as a variable). */
    private String commandLine(Verdict verdict) {
        return CommandLine.of(moveCall(verdict));
    }

    private MoveSlots.Slot acquire() {
        try {
            return slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("move job interrupted", e);
        }
    }

    private void release(MoveSlots.Slot slot, Failure failure) {
        if (failure == null) {
            slots.succeeded(slot);
        } else if (failure.kind() == Failure.Kind.THROTTLED) {
            slots.throttled(slot);
        } else if (failure.kind() == Failure.Kind.OUTCOME_UNKNOWN) {
            slots.timedOut(slot);
        } else {
            slots.released(slot);
        }
    }

    private void fail(Verdict verdict, int attempts, long startNanos, String reason) {
        ledger.record(OutcomeLedger.outcome(verdict, UserOutcome.Status.FAILED, reason, attempts, startNanos));
    }

    /** Any unexpected error still ends in an outcome, so the job never waits for a user forever. */
    private void guarded(Verdict verdict, int attempts, long startNanos, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            fail(verdict, attempts, startNanos, "internal error: " + e);
        }
    }

    private static String attemptsNote(int attempt) {
        return attempt > 1 ? " (after " + attempt + " attempts)" : "";
    }
}
