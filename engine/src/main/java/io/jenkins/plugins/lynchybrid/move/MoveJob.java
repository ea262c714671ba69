package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.accounts.DialInPolicies;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.JobHaltedException;
import io.jenkins.plugins.lynchybrid.failures.CircuitBreaker;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.failures.ReadRetry;
import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.journal.JournalState;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Moves a selection of users, as a pipeline: chunks of {@value #CHUNK} users are pre-checked (Get-CsUser, one Graph
 * {@code $batch}) ahead of the moves; ready users go to the movers, whose Move-CsUser calls pass through
 * {@link MoveSlots} (fixed or adaptive parallelism); each move is verified with Get-CsUser off the move slot. At most
 * a bounded window of users is in flight, so memory stays flat for 100,000 users. With a journal, users that an
 * earlier run finished are left alone and an interrupted run's moves are checked, never repeated blindly.
 */
public final class MoveJob {
    static final int CHUNK = 20;
    /**
     * The first chunk holds one user, so the first move waits for one pre-check, not twenty: when the job starts,
     * the shell pool may have only its first host warm.
     */
    static final int FIRST_CHUNK = 1;

    private static final int LOOKUP_THREADS_MIN = 16;
    /**
     * Infrastructure failures in a row that stop a job, beyond one per move that may be in flight when the service
     * falls over: enough to ride out a blip, few enough that a dead service costs seconds, not a host per user.
     */
    static final int BREAKER_THRESHOLD = 10;

    private final HybridSite site;
    private final LyncShell shell;
    private final TenantDirectory directory;
    private final MoveOptions options;
    private final MoveListener listener;
    private final Optional<Path> journalFile;
    private volatile String cancelReason;
    private volatile OutcomeLedger running;

    public MoveJob(
            HybridSite site,
            LyncShell shell,
            TenantDirectory directory,
            MoveOptions options,
            Optional<Path> journalFile,
            MoveListener listener) {
        this.site = site;
        this.shell = shell;
        this.directory = directory;
        this.options = options;
        this.journalFile = journalFile;
        this.listener = listener;
    }

    /**
     * The one cancellation of a job, for a pipeline's stop() and the CLI's SIGINT/SIGTERM alike: no further move
     * starts; moves in flight finish, are verified and reach the journal; users not started are listed as not
     * attempted. {@link #run} then returns its result (exit status {@code INTERRUPTED}) for the caller to write the
     * reports; a re-run with the same journal resumes. Safe to call from any thread, before or during the run.
     */
    public void cancel(String reason) {
        cancelReason = reason;
        OutcomeLedger ledger = running;
        if (ledger != null) {
            ledger.stop(JobStop.of(JobStop.Kind.CANCELLED, reason));
        }
    }

    public MoveResult run(UserSelection selection) throws InterruptedException {
        JournalState earlier = journalFile.map(MoveJournal::read).orElse(JournalState.empty());
        earlier.target().filter(t -> t != options.target()).ifPresent(t -> {
            throw new ConfigurationException("journal " + journalFile.get()
                    + " records moves " + t.id() + "; this job moves "
                    + options.target().id()
                    + ": give this job a new journal (to undo those moves, roll back from this one)");
        });
        Instant startedAt = Instant.now();
        int maximum = options.parallelism().maximum();
        int windowSize = 4 * maximum + 4 * CHUNK;
        Semaphore window = new Semaphore(windowSize);
        MoveSlots slots = new MoveSlots(options.parallelism().policy());
        Optional<MoveJournal> journal = options.dryRun() ? Optional.empty() : journalFile.map(MoveJournal::append);
        ExecutorService movers = Executors.newFixedThreadPool(maximum, named("move"));
        // Each move needs two Get-CsUser reads (pre-check, verification) as slow as the move itself, plus headroom.
        ExecutorService lookups = Executors.newFixedThreadPool(LOOKUP_THREADS_MIN + 3 * maximum, named("lookup"));
        // Pre-checks run a few chunks ahead of the moves, not more: their reads share the shell hosts with the moves.
        ExecutorService chunks = Executors.newFixedThreadPool(Math.max(1, Math.min(4, maximum / 4)), named("precheck"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("retry-timer"));
        try {
            List<UserRef> users = selection.users();
            listener.started(users.size(), options);
            OutcomeLedger ledger =
                    new OutcomeLedger(users.size(), options.maxFailures(), journal, listener, window, slots::limit);
            running = ledger;
            if (cancelReason != null) {
                ledger.stop(JobStop.of(JobStop.Kind.CANCELLED, cancelReason));
            }
            ledger.jobStarted(options.target());
            CircuitBreaker breaker = new CircuitBreaker(
                    BREAKER_THRESHOLD + maximum, open -> ledger.stop(JobStop.halted(open.message())));
            ReadRetry retry = new ReadRetry(new FailureClassifier(), options::backoff, breaker);
            AccountReader accounts = new AccountReader(shell, retry);
            PreChecks checks = new PreChecks(site, options, dialInPolicies(retry, ledger, lookups));
            if (options.target() == Home.ONLINE) {
                // Graph's sign-in overlaps the first Get-CsUser reads instead of following them.
                CompletableFuture.runAsync(this::signInQuietly, lookups);
            }
            PreFlight preFlight = new PreFlight(accounts, directory, checks, lookups, earlier.interrupted(), breaker);
            UserMover mover = new UserMover(
                    shell,
                    new MoveCall(site),
                    accounts,
                    slots,
                    options,
                    ledger,
                    listener,
                    breaker,
                    new UserMover.Pools(movers, lookups, timer));
            Duration drain = site.shell().commandTimeout().multipliedBy(4).plus(Duration.ofMinutes(1));
            Settling settling = new Settling(window, ledger, drain);
            feed(users, earlier, ledger, settling, preFlight, mover, chunks);
            if (!settling.acquire(windowSize)) {
                ledger.giveUpOnMoving("no outcome within " + drain.toSeconds() + " s of the stop");
            }
            MoveResult result = new MoveResult(
                    options.target(),
                    options.dryRun(),
                    startedAt,
                    Instant.now(),
                    ledger.outcomes(),
                    selection.problems(),
                    ledger.notAttempted(),
                    ledger.stopReason(),
                    slots.peak());
            listener.finished(result);
            return result;
        } finally {
            shutdown(timer, chunks, movers, lookups);
            journal.ifPresent(MoveJob::closeQuietly);
        }
    }

    /**
     * The conferencing policies U7 needs for moves online, read once. The read starts at once and overlaps the first
     * users' own reads (Get-CsUser, sign-in, Graph), so it delays no move. When the policies cannot be read the job
     * stops before any move, as no dial-in user could be judged: the stop is recorded before any pre-check sees them.
     */
    private Supplier<DialInPolicies> dialInPolicies(ReadRetry retry, OutcomeLedger ledger, ExecutorService pool) {
        if (options.target() != Home.ONLINE) {
            return DialInPolicies::none;
        }
        CompletableFuture<DialInPolicies> policies = CompletableFuture.supplyAsync(
                        () -> retry.run(() -> DialInPolicies.read(shell)), pool)
                .thenApply(read -> {
                    read.failure()
                            .ifPresent(f -> ledger.stop(JobStop.halted("the conferencing policies"
                                    + " (Get-CsConferencingPolicy, Get-CsService -Registrar) could not be read for the"
                                    + " dial-in pre-check: " + FailureClassifier.firstLine(f.describe()))));
                    return read.value().orElseGet(DialInPolicies::none);
                });
        return policies::join;
    }

    private void feed(
            List<UserRef> users,
            JournalState earlier,
            OutcomeLedger ledger,
            Settling window,
            PreFlight preFlight,
            UserMover mover,
            ExecutorService chunks)
            throws InterruptedException {
        for (int from = 0, size = FIRST_CHUNK; from < users.size(); from += size, size = CHUNK) {
            List<UserRef> chunk = users.subList(from, Math.min(users.size(), from + size));
            if (!window.acquire(chunk.size())) {
                users.subList(from, users.size()).forEach(u -> ledger.abandonUnadmitted(u.key()));
                return;
            }
            if (ledger.stopping()) {
                chunk.forEach(u -> ledger.abandon(u.key()));
                continue;
            }
            List<UserRef> fresh = chunk.stream()
                    .filter(u -> {
                        if (earlier.finished(u.key())) {
                            ledger.carriedOver(carried(u, earlier));
                            return false;
                        }
                        return true;
                    })
                    .toList();
            if (!fresh.isEmpty()) {
                chunks.execute(() -> preCheckAndDispatch(fresh, preFlight, mover, ledger));
            }
        }
    }

    private void preCheckAndDispatch(List<UserRef> chunk, PreFlight preFlight, UserMover mover, OutcomeLedger ledger) {
        long startNanos = System.nanoTime();
        List<Verdict> verdicts;
        try {
            verdicts = preFlight.check(chunk);
        } catch (JobHaltedException e) {
            verdicts = chunk.stream().map(u -> Verdict.halt(u, e.getMessage())).toList();
        } catch (RuntimeException e) {
            verdicts = chunk.stream()
                    .map(u -> Verdict.fail(
                            u, u.identity(), "pre-checks failed: " + FailureClassifier.firstLine(e.getMessage())))
                    .toList();
        }
        for (Verdict verdict : verdicts) {
            try {
                dispatch(verdict, mover, ledger, startNanos);
            } catch (RuntimeException e) {
                ledger.record(OutcomeLedger.outcome(
                        verdict, UserOutcome.Status.FAILED, "internal error: " + e, 0, startNanos));
            }
        }
    }

    private void dispatch(Verdict verdict, UserMover mover, OutcomeLedger ledger, long startNanos) {
        switch (verdict.decision()) {
            case MOVE -> {
                if (options.dryRun()) {
                    ledger.record(OutcomeLedger.outcome(
                            verdict,
                            UserOutcome.Status.WOULD_MOVE,
                            verdict.noted("every pre-check passed"),
                            0,
                            startNanos));
                } else if (ledger.stopping()) {
                    ledger.abandon(verdict.user().key());
                } else {
                    mover.start(verdict, startNanos);
                }
            }
            case SKIP ->
                ledger.record(
                        OutcomeLedger.outcome(verdict, UserOutcome.Status.SKIPPED, verdict.reason(), 0, startNanos));
            case FAIL ->
                ledger.record(
                        OutcomeLedger.outcome(verdict, UserOutcome.Status.FAILED, verdict.reason(), 0, startNanos));
            case ALREADY_MOVED ->
                ledger.record(
                        OutcomeLedger.outcome(verdict, UserOutcome.Status.MOVED, verdict.reason(), 0, startNanos));
            case HALT -> {
                ledger.stop(JobStop.halted(verdict.reason()));
                ledger.abandon(verdict.user().key());
            }
        }
    }

    private static UserOutcome carried(UserRef user, JournalState earlier) {
        return new UserOutcome(
                user.key(),
                earlier.identities().getOrDefault(user.key(), user.identity()),
                UserOutcome.Status.SKIPPED,
                "finished in an earlier run ("
                        + earlier.lastOutcomes().get(user.key()).id() + ", journal)",
                0,
                0,
                Instant.now());
    }

    private void signInQuietly() {
        try {
            directory.signIn();
        } catch (RuntimeException e) {
            // the first look-up signs in again, or meets the refusal, and reports it for its users
        }
    }

    /** Every line was flushed as it was written, so a journal that fails to close has lost nothing. */
    private static void closeQuietly(MoveJournal journal) {
        try {
            journal.close();
        } catch (RuntimeException e) {
            // the halt, if the journal broke, is already in the result
        }
    }

    private static ThreadFactory named(String role) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "lync-hybrid-" + role + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void shutdown(ExecutorService... pools) throws InterruptedException {
        for (ExecutorService pool : pools) {
            pool.shutdownNow();
        }
        for (ExecutorService pool : pools) {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
