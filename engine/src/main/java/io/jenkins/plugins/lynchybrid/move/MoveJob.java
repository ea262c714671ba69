package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.accounts.DialInPolicies;
import io.jenkins.plugins.lynchybrid.accounts.ExcludedOus;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.JobHaltedException;
import io.jenkins.plugins.lynchybrid.errors.JournalHeldException;
import io.jenkins.plugins.lynchybrid.failures.CircuitBreaker;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.failures.ReadRetry;
import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.journal.JobKey;
import io.jenkins.plugins.lynchybrid.journal.JournalState;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.provisioning.OnlineUserReader;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Moves a selection of users, as a pipeline: chunks of {@value #CHUNK} users are pre-checked (one Get-CsUser
 * -LdapFilter, one Graph {@code $batch}) ahead of the moves; ready users go to the movers, whose Move-CsUser calls pass
 * through {@link MoveSlots} (fixed or adaptive parallelism); moved users are verified in batched Get-CsUser reads off
 * the move slot ({@link Verifications}). At most
 * a bounded window of users is in flight, so memory stays flat for 100,000 users. With a journal, users an earlier
 * run skipped are left alone; users it moved are read again and moved again only if they are no longer at the target;
 * an interrupted run's moves are checked, never repeated blindly.
 */
public final class MoveJob {
    /**
     * Users pre-checked together: one Get-CsUser -LdapFilter (at most {@code AccountReader.BATCH}) and two Graph
     * {@code $batch} requests of 20. Forty keeps the pre-checks at 1/40 of a shell call per user, so with the
     * verifications the job stays under 0.1 calls per user besides Move-CsUser (docs/performance.md), while four
     * chunks at a time still read far faster than the moves go.
     */
    static final int CHUNK = 40;
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
    private final Optional<MoveJournal> openedJournal;
    private volatile String cancelReason;
    private volatile OutcomeLedger running;

    public MoveJob(
            HybridSite site,
            LyncShell shell,
            TenantDirectory directory,
            MoveOptions options,
            Optional<Path> journalFile,
            MoveListener listener) {
        this(site, shell, directory, options, journalFile, Optional.empty(), listener);
    }

    /**
     * A job on a journal its caller opened (and closes) before connecting, so a journal held by another run or
     * belonging to another job is refused before any sign-in or shell host.
     */
    public MoveJob(
            HybridSite site,
            LyncShell shell,
            TenantDirectory directory,
            MoveOptions options,
            MoveJournal journal,
            MoveListener listener) {
        this(site, shell, directory, options, Optional.of(journal.file()), Optional.of(journal), listener);
    }

    private MoveJob(
            HybridSite site,
            LyncShell shell,
            TenantDirectory directory,
            MoveOptions options,
            Optional<Path> journalFile,
            Optional<MoveJournal> openedJournal,
            MoveListener listener) {
        this.site = site;
        this.shell = shell;
        this.directory = directory;
        this.options = options;
        this.journalFile = journalFile;
        this.openedJournal = openedJournal;
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

    /**
     * Runs the job. With a journal, it is locked first ({@link JournalHeldException} when another run holds it) and
     * must belong to this job (site, tenant, direction) or be new ({@link ConfigurationException}).
     */
    public MoveResult run(UserSelection selection) throws InterruptedException {
        if (selection.rollback().isPresent() && !options.excludedOus().isEmpty()) {
            throw new ConfigurationException("a rollback returns every user its journal started; excluded OUs do"
                    + " not apply to it: drop them, or name the users to move instead of the journal");
        }
        selection.notes().forEach(listener::note);
        JobKey key = JobKey.of(site, options.target());
        if (openedJournal.isPresent()) {
            openedJournal.get().earlier().requireJob(journalFile.get(), key);
            return run(selection, openedJournal, openedJournal.get().earlier());
        }
        Optional<MoveJournal> journal =
                options.dryRun() ? Optional.empty() : journalFile.map(f -> MoveJournal.open(f, key, listener::note));
        try {
            JournalState earlier = journal.map(MoveJournal::earlier).orElseGet(() -> dryRunView(key));
            return run(selection, journal, earlier);
        } finally {
            journal.ifPresent(MoveJob::closeQuietly);
        }
    }

    /** A dry run reads the journal, unlocked and unchanged, to show what a real run would do. */
    private JournalState dryRunView(JobKey key) {
        return journalFile
                .map(f -> {
                    JournalState state = MoveJournal.read(f);
                    state.requireJob(f, key);
                    state.notes().forEach(listener::note);
                    return state;
                })
                .orElse(JournalState.empty());
    }

    private MoveResult run(UserSelection selection, Optional<MoveJournal> journal, JournalState earlier)
            throws InterruptedException {
        Instant startedAt = Instant.now();
        int maximum = options.parallelism().maximum();
        int windowSize = 4 * maximum + 4 * CHUNK;
        Semaphore window = new Semaphore(windowSize);
        MoveSlots slots = new MoveSlots(options.parallelism().policy());
        ExecutorService movers = Executors.newFixedThreadPool(maximum, named("move"));
        // Verification batches, lost-reply re-reads, Graph sign-in and the job-wide reads, with headroom.
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
            if (journal.isPresent()) {
                long every = MoveJournal.FORCE_EVERY.toMillis();
                timer.scheduleWithFixedDelay(ledger::forceJournalIfDue, every, every, TimeUnit.MILLISECONDS);
            }
            CircuitBreaker breaker = new CircuitBreaker(
                    BREAKER_THRESHOLD + maximum, open -> ledger.stop(JobStop.halted(open.message())));
            ReadRetry retry = new ReadRetry(new FailureClassifier(), options::backoff, breaker);
            AccountReader accounts = new AccountReader(shell, retry);
            CompletableFuture<Void> firstUsersRead = new CompletableFuture<>();
            PreChecks checks = new PreChecks(
                    site,
                    options,
                    dialInPolicies(firstUsersRead, retry, ledger, lookups),
                    excludedOus(retry, ledger, lookups));
            if (options.target() == Home.ONLINE) {
                // Graph's sign-in overlaps the first Get-CsUser reads instead of following them.
                CompletableFuture.runAsync(this::signInQuietly, lookups);
            }
            PreFlight preFlight = new PreFlight(
                    accounts,
                    directory,
                    checks,
                    lookups,
                    earlier,
                    breaker,
                    new ProvisioningPreCheck(new OnlineUserReader(shell, retry)),
                    () -> firstUsersRead.complete(null));
            UserMover mover = new UserMover(
                    shell,
                    new MoveCall(
                            site,
                            shell.moveCsUserParameters(),
                            selection
                                    .rollback()
                                    .map(UserSelection.Rollback::pools)
                                    .orElse(Map.of()),
                            OverrideUrl.forJob(site, shell, listener::note)),
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
                    slots.peak(),
                    checks.unmatchedExclusions(),
                    slots.timeline());
            listener.finished(result);
            return result;
        } finally {
            shutdown(timer, chunks, movers, lookups);
        }
    }

    /**
     * The conferencing policies U7 needs for moves online, read once. The read starts when the first users' Get-CsUser
     * has answered ({@code firstUsersRead}), so those go first on the one host warm at the start (issue 15: queued
     * behind the two policy reads they waited 2·L), and the policies overlap the first Graph look-up. When the
     * policies cannot be read the job stops before any move, as no dial-in user could be judged: the stop is recorded
     * before any pre-check sees them.
     */
    private Supplier<DialInPolicies> dialInPolicies(
            CompletableFuture<Void> firstUsersRead, ReadRetry retry, OutcomeLedger ledger, ExecutorService pool) {
        if (options.target() != Home.ONLINE) {
            return DialInPolicies::none;
        }
        return readOnce(
                firstUsersRead,
                () -> DialInPolicies.read(shell),
                DialInPolicies::none,
                "the conferencing policies (Get-CsConferencingPolicy, Get-CsService -Registrar) could not be read for"
                        + " the dial-in pre-check: ",
                retry,
                ledger,
                pool);
    }

    private Supplier<ExcludedOus> excludedOus(ReadRetry retry, OutcomeLedger ledger, ExecutorService pool) {
        if (options.excludedOus().isEmpty()) {
            return ExcludedOus::none;
        }
        return readOnce(
                CompletableFuture.completedFuture(null),
                () -> ExcludedOus.read(shell, options.excludedOus()),
                ExcludedOus::none,
                "the excluded OUs' users (Get-CsUser -OU) could not be read: ",
                retry,
                ledger,
                pool);
    }

    /** Starts a job-wide read once {@code after} has ended; a failure stops the job with {@code failed} and the reason. */
    private static <T> Supplier<T> readOnce(
            CompletableFuture<Void> after,
            Supplier<T> read,
            Supplier<T> fallback,
            String failed,
            ReadRetry retry,
            OutcomeLedger ledger,
            ExecutorService pool) {
        CompletableFuture<T> value = after.thenApplyAsync(started -> retry.run(read), pool)
                .thenApply(outcome -> {
                    outcome.failure()
                            .ifPresent(f ->
                                    ledger.stop(JobStop.halted(failed + FailureClassifier.firstLine(f.describe()))));
                    return outcome.value().orElseGet(fallback);
                });
        return value::join;
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
                        if (earlier.finished(u.key()) && !earlier.recordedMoved(u.key())) {
                            ledger.carriedOver(carried(u, earlier));
                            return false;
                        }
                        return true;
                    })
                    .toList();
            if (!fresh.isEmpty()) {
                CompletableFuture<Boolean> moving = CompletableFuture.supplyAsync(
                        () -> preCheckAndDispatch(fresh, preFlight, mover, ledger), chunks);
                if (from == 0) {
                    awaitFirstMove(moving, mover);
                }
            }
        }
    }

    /**
     * The first chunk holds one user so that a move starts as soon as one can. The next chunk's reads wait until
     * that move has its shell host ({@code LyncShell.run(call, taken)}): started at once they took the one host warm
     * at the start ahead of it,
     * and the first move waited one or two reads longer (issue 15, first-move). Bounded by the shell's timeouts.
     */
    private void awaitFirstMove(CompletableFuture<Boolean> moving, UserMover mover) throws InterruptedException {
        Duration bound = site.shell().commandTimeout().multipliedBy(4);
        try {
            moving.thenCompose(moved -> moved ? mover.firstMoveSent() : CompletableFuture.completedFuture(null))
                    .get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the chunk has recorded what happened to its user; the next chunk goes on as before
        }
    }

    /** True when a user of {@code chunk} was handed to the mover. */
    private boolean preCheckAndDispatch(
            List<UserRef> chunk, PreFlight preFlight, UserMover mover, OutcomeLedger ledger) {
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
        boolean moving = false;
        for (Verdict verdict : verdicts) {
            try {
                moving |= dispatch(verdict, mover, ledger, startNanos);
            } catch (RuntimeException e) {
                ledger.record(OutcomeLedger.outcome(
                        verdict, UserOutcome.Status.FAILED, "internal error: " + e, 0, startNanos));
            }
        }
        return moving;
    }

    /** Records or starts the user's verdict; true when the user was handed to the mover. */
    private boolean dispatch(Verdict verdict, UserMover mover, OutcomeLedger ledger, long startNanos) {
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
                    return true;
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
            case STILL_MOVED ->
                ledger.carriedOver(
                        OutcomeLedger.outcome(verdict, UserOutcome.Status.SKIPPED, verdict.reason(), 0, startNanos));
        }
        return false;
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
