package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.accounts.DialInPolicies;
import io.jenkins.plugins.lynchybrid.accounts.Home;
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
    private static final int LOOKUP_THREADS_MIN = 16;

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
     * Stops the job cleanly (a pipeline's stop, a CLI's Ctrl-C): no further move starts; moves in flight finish,
     * are verified and reach the journal; users not started are reported as not attempted, for a re-run.
     */
    public void cancel(String reason) {
        cancelReason = reason;
        OutcomeLedger ledger = running;
        if (ledger != null) {
            ledger.stop(reason);
        }
    }

    public MoveResult run(UserSelection selection) throws InterruptedException {
        JournalState earlier = journalFile.map(MoveJournal::read).orElse(JournalState.empty());
        earlier.target().filter(t -> t != options.target()).ifPresent(t -> {
            throw new io.jenkins.plugins.lynchybrid.errors.ConfigurationException("journal " + journalFile.get()
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
            journal.ifPresent(j -> j.jobStarted(options.target()));
            List<UserRef> users = selection.users();
            listener.started(users.size(), options);
            OutcomeLedger ledger =
                    new OutcomeLedger(users.size(), options.maxFailures(), journal, listener, window, slots::limit);
            running = ledger;
            if (cancelReason != null) {
                ledger.stop(cancelReason);
            }
            ReadRetry retry = new ReadRetry(new FailureClassifier(), options::backoff);
            AccountReader accounts = new AccountReader(shell, retry);
            PreChecks checks = new PreChecks(site, options, dialInPolicies(retry, ledger, lookups));
            PreFlight preFlight = new PreFlight(accounts, directory, checks, lookups, earlier.interrupted());
            UserMover mover = new UserMover(
                    shell,
                    new MoveCall(site),
                    accounts,
                    slots,
                    options,
                    ledger,
                    journal,
                    listener,
                    new UserMover.Pools(movers, lookups, timer));
            feed(users, earlier, ledger, window, preFlight, mover, chunks);
            window.acquire(windowSize);
            MoveResult result = new MoveResult(
                    options.target(),
                    options.dryRun(),
                    startedAt,
                    Instant.now(),
                    ledger.outcomes(),
                    selection.problems(),
                    ledger.notAttempted(),
                    ledger.stopReason(),
                    slots.peak(),
                    slots.timeline());
            listener.finished(result);
            return result;
        } finally {
            shutdown(timer, chunks, movers, lookups);
            journal.ifPresent(MoveJournal::close);
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
                            .ifPresent(f -> ledger.stop("the conferencing policies (Get-CsConferencingPolicy,"
                                    + " Get-CsService -Registrar) could not be read for the dial-in pre-check: "
                                    + f.describe()));
                    return read.value().orElseGet(DialInPolicies::none);
                });
        return policies::join;
    }

    private void feed(
            List<UserRef> users,
            JournalState earlier,
            OutcomeLedger ledger,
            Semaphore window,
            PreFlight preFlight,
            UserMover mover,
            ExecutorService chunks)
            throws InterruptedException {
        for (int from = 0; from < users.size(); from += CHUNK) {
            List<UserRef> chunk = users.subList(from, Math.min(users.size(), from + CHUNK));
            window.acquire(chunk.size());
            if (ledger.stopping()) {
                chunk.forEach(u -> ledger.abandon());
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
        } catch (RuntimeException e) {
            verdicts = chunk.stream()
                    .map(u -> Verdict.fail(u, u.identity(), "pre-checks failed: " + e.getMessage()))
                    .toList();
        }
        for (Verdict verdict : verdicts) {
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
                        ledger.abandon();
                    } else {
                        mover.start(verdict, startNanos);
                    }
                }
                case SKIP ->
                    ledger.record(OutcomeLedger.outcome(
                            verdict, UserOutcome.Status.SKIPPED, verdict.reason(), 0, startNanos));
                case FAIL ->
                    ledger.record(
                            OutcomeLedger.outcome(verdict, UserOutcome.Status.FAILED, verdict.reason(), 0, startNanos));
                case ALREADY_MOVED ->
                    ledger.record(
                            OutcomeLedger.outcome(verdict, UserOutcome.Status.MOVED, verdict.reason(), 0, startNanos));
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
