package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.StepResult;
import io.jenkins.plugins.lynchybrid.jenkins.console.SecretMasker;
import io.jenkins.plugins.lynchybrid.journal.JobKey;
import io.jenkins.plugins.lynchybrid.journal.JobLocks;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.move.MoveJob;
import io.jenkins.plugins.lynchybrid.move.MoveOptions;
import io.jenkins.plugins.lynchybrid.move.MoveReports;
import io.jenkins.plugins.lynchybrid.move.MoveResult;
import io.jenkins.plugins.lynchybrid.move.RollbackSummary;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import io.jenkins.plugins.lynchybrid.users.UserSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * The move step's durable execution. Progress lives in the engine's journal in the build's folder, so after a
 * controller restart {@link #onResume()} starts the same job again on the same journal: users it finished are
 * left alone and a move that was in flight is verified, never blindly repeated. Only the arguments, the journal
 * path and a checkpoint (users done) are serialized; threads, connections and the password are not.
 *
 * <p>{@link #start()} and {@link #onResume()} run in the CPS VM thread, so they only parse the arguments and hand
 * the work to workflow-step-api's background executor ({@link GeneralNonBlockingStepExecution#run}: threads that
 * do not hold the script's class loader, running as the build's authentication). Everything that touches the
 * agent or a disk (claiming the report folder, fetching the journal, waiting for the agent) happens there.
 *
 * <p>{@link #stop} has three cases: the move job is running (it is cancelled: no further move starts, those in
 * flight finish and reach the journal, then the worker ends the step with the stop's cause); the worker is busy
 * before the job exists (it is interrupted and ends the step); nothing runs (the step ends here). The step
 * completes exactly once whichever comes first.
 *
 * <p>Two builds of one wave (the same site, tenant and direction) never move users at once, although each keeps its
 * journal in its own build folder: the worker takes the controller-wide {@link #WAVES} lock for the job before it
 * opens the journal, and a second build waits for it, saying in its log which build it waits for (Jenkins'
 * lockable-resources convention). The lock is released when the moves end, however they end; a stop while waiting
 * interrupts the wait. The locks are in memory, so after a controller restart none is held: the resumed step takes
 * its job's lock again before it touches the journal. A dry run changes nothing and takes no lock.
 */
final class MoveUsersExecution extends GeneralNonBlockingStepExecution {
    private static final long serialVersionUID = 1L;
    /** Saving the program on every user would cost more than the moves; the journal holds each user anyway. */
    private static final int SAVE_EVERY = 100;
    /**
     * After a controller restart the {@code node} block gets its workspace back only once the agent reconnects
     * (its own wait is bounded too); until then the context has no live workspace.
     */
    private static final Duration NODE_WAIT = Duration.ofMinutes(15);

    private static final Duration NODE_POLL = Duration.ofSeconds(5);

    /** Controller-wide: one build at a time moves users of one site, tenant and direction. */
    static final JobLocks WAVES = new JobLocks();

    private static final StepOutcome.ReportFiles FILES =
            new StepOutcome.ReportFiles(MoveReports.HTML_FILE, MoveReports.JSON_FILE, MoveReports.JUNIT_FILE);

    private final String site;
    private final String users;
    private final String filter;
    private final String fromJournal;
    private final String to;
    private final String parallelism;
    private final String workspaceJournal;
    private final String maxFailures;
    private final boolean dryRun;
    private final String excludeOus;
    private final boolean allowBypass;
    private final boolean strict;
    private final String reportDir;
    private final boolean propagate;
    /** Set once the worker has claimed the build-folder reports (null until then, also after an early restart). */
    private String name;

    private String journalPath;
    private volatile int checkpoint;

    private transient volatile Thread worker;
    private transient volatile Throwable stopCause;
    private transient volatile MoveJob job;
    private transient volatile SecretMasker masker;
    /** The build whose moves of the same job this step waits for, while it waits. */
    private transient volatile String waitingFor;
    /** Whether this execution was resumed after a controller restart, which dropped the wave lock it held. */
    private transient volatile boolean resumed;
    /** Whether the step has been completed; false again after a restart, when it is still running. */
    private transient boolean completed;

    MoveUsersExecution(MoveUsersStep step, StepContext context) throws AbortException {
        super(context);
        try {
            source(
                    step.getUsers() == null ? null : Path.of(step.getUsers()),
                    step.getFilter(),
                    step.getFromJournal() == null ? null : Path.of(step.getFromJournal()));
        } catch (ConfigurationException e) {
            throw new AbortException(ConsoleText.lines(e.getMessage()));
        }
        site = step.getSite();
        users = step.getUsers();
        filter = step.getFilter();
        fromJournal = step.getFromJournal();
        to = step.getTo();
        parallelism = step.getParallelism();
        workspaceJournal = step.getJournal();
        maxFailures = step.getMaxFailures();
        dryRun = step.isDryRun();
        excludeOus = step.getExcludeOus();
        allowBypass = step.isAllowBypass();
        strict = step.isStrict();
        reportDir = step.getReportDir();
        propagate = step.isPropagate();
    }

    /** Runs in the CPS VM thread: bad arguments fail the step here, before anything connects; nothing blocks. */
    @Override
    public boolean start() throws Exception {
        options();
        run(this::work);
        return false;
    }

    @Override
    public void onResume() {
        resumed = true;
        run(() -> {
            getContext()
                    .get(TaskListener.class)
                    .getLogger()
                    .println("lync-hybrid: the controller restarted; " + checkpoint
                            + " users were done. Resuming from the journal "
                            + (journalPath == null ? "(none yet: starting over)" : journalPath));
            work();
        });
    }

    @Override
    public void stop(Throwable cause) {
        stopCause = cause;
        MoveJob moving = job;
        Thread running = worker;
        if (moving != null) {
            moving.cancel("stopped: " + cause);
        } else if (running != null) {
            running.interrupt();
        } else {
            fail(cause);
        }
    }

    @Override
    public String getStatus() {
        String holder = waitingFor;
        if (worker == null) {
            return "not running";
        }
        return holder != null
                ? "waiting for " + holder + ", which is moving users of the same site, tenant and direction"
                : "moving users " + to + ": " + checkpoint + " done";
    }

    /** The journal makes a restart safe, so a restart need not wait for the moves. */
    @Override
    public boolean blocksRestart() {
        return false;
    }

    private void work() {
        worker = Thread.currentThread();
        try {
            if (stopCause != null) {
                fail(stopCause);
                return;
            }
            Map<String, Object> summary = move();
            Throwable cause = stopCause;
            if (cause == null) {
                succeed(summary);
            } else {
                fail(cause);
            }
        } catch (Throwable t) {
            Throwable cause = stopCause;
            fail(cause != null ? cause : masked(t));
        } finally {
            worker = null;
        }
    }

    /** A failure the build will show and keep, without any secret the session knew. */
    private Throwable masked(Throwable failure) {
        SecretMasker secrets = masker;
        return secrets != null && failure instanceof Exception e ? secrets.masked(e) : failure;
    }

    private void succeed(Map<String, Object> summary) {
        if (claimCompletion()) {
            getContext().onSuccess(summary);
        }
    }

    private void fail(Throwable cause) {
        if (claimCompletion()) {
            getContext().onFailure(cause);
        }
    }

    private synchronized boolean claimCompletion() {
        boolean first = !completed;
        completed = true;
        return first;
    }

    private FilePath awaitWorkspace() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + NODE_WAIT.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try {
                FilePath workspace = getContext().get(FilePath.class);
                if (workspace != null) {
                    return workspace;
                }
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(NODE_POLL.toMillis());
        }
        AbortException gone = new AbortException("lyncMoveUsers: the workspace's agent did not come back within "
                + NODE_WAIT.toMinutes() + " minutes; the users moved so far are in the journal " + journalPath
                + " (copy it into the workspace and give it as journal to carry on)");
        if (last != null) {
            gone.addSuppressed(last);
        }
        throw gone;
    }

    /**
     * Claims the step's folder in the build and copies the workspace journal there, once: after a restart the
     * saved name and journal are used again.
     */
    private void prepare(Run<?, ?> run, FilePath workspace) throws Exception {
        // a report folder that cannot take the reports fails the step before anything connects or moves
        WorkspaceFiles.prepareReportDirectory(workspace, reportDir, "reportDir");
        if (name != null) {
            return;
        }
        String claimed = StepReports.claimName(run, "moves");
        StepArguments.asStepFailure(() -> ReportFiles.prepareDirectory(StepReports.buildDirectory(run, claimed)));
        Path journal = StepReports.buildDirectory(run, claimed + "-input").resolve("journal.jsonl");
        if (workspaceJournal != null
                && WorkspaceFiles.resolve(workspace, workspaceJournal, "journal")
                        .exists()) {
            WorkspaceFiles.fetch(workspace, workspaceJournal, "journal", journal);
        }
        journalPath = journal.toString();
        name = claimed;
        getContext().saveState();
    }

    private MoveOptions options() throws Exception {
        StepArguments arguments = new StepArguments(MoveUsersStep.FUNCTION_NAME);
        return StepArguments.asStepFailure(() -> MoveOptions.to(arguments.target(to))
                .withParallelism(arguments.parallelism(parallelism))
                .withMaxFailures(arguments.maxFailures(maxFailures))
                .withDryRun(dryRun)
                .withExcludedOus(excludedOus())
                .withAllowBypass(allowBypass));
    }

    private Map<String, Object> move() throws Exception {
        StepContext context = getContext();
        Run<?, ?> run = context.get(Run.class);
        FilePath workspace = awaitWorkspace();
        prepare(run, workspace);
        MoveOptions options = options();
        Path input = StepReports.buildDirectory(run, name + "-input");
        Optional<Path> list = users != null
                ? Optional.of(WorkspaceFiles.fetch(workspace, users, "users", input.resolve("users.csv")))
                : fromJournal != null
                        ? Optional.of(WorkspaceFiles.fetch(
                                workspace, fromJournal, "fromJournal", input.resolve("from-journal.jsonl")))
                        : Optional.empty();
        Path journal = Path.of(journalPath);
        MoveResult result;
        try (SiteSession session = SiteSession.open(context, site)) {
            masker = session.masker();
            PrintStream console = session.console();
            MoveProgressLog progress = new MoveProgressLog(console, this::checkpoint);
            JobKey key = JobKey.of(session.site(), options.target());
            try (JobLocks.Held wave = dryRun ? null : takeWave(key, run, console)) {
                result = session.call(c -> {
                    // locked and checked before anyone signs in or a shell host starts (both open on first use)
                    try (MoveJournal opened = dryRun ? null : MoveJournal.open(journal, key, progress::note)) {
                        UserSelection selection = source(
                                        users == null ? null : list.orElseThrow(),
                                        filter,
                                        fromJournal == null ? null : list.orElseThrow())
                                .read(
                                        new IdentityRules(session.site().sipDomains()),
                                        c::shellWhileSigningIn,
                                        options.target());
                        if (strict) {
                            selection.requireClean();
                        }
                        selection
                                .problems()
                                .forEach(p ->
                                        console.println("lync-hybrid: bad line " + ConsoleText.line(p.toString())));
                        job = opened == null
                                ? new MoveJob(
                                        session.site(),
                                        c.shellWhileSigningIn(),
                                        c.directory(),
                                        options,
                                        Optional.of(journal),
                                        progress)
                                : new MoveJob(
                                        session.site(),
                                        c.shellWhileSigningIn(),
                                        c.directory(),
                                        options,
                                        opened,
                                        progress);
                        if (stopCause != null) {
                            job.cancel("stopped: " + stopCause);
                        }
                        return job.run(selection);
                    }
                });
            }
            console.print(MoveReports.summary(result));
            if (fromJournal != null) {
                console.println("lync-hybrid: " + ConsoleText.line(RollbackSummary.of(result)));
            }
        } finally {
            job = null;
            // also after a failure or a stop: the next run with this journal must know who was moved
            if (workspaceJournal != null && Files.exists(journal)) {
                WorkspaceFiles.resolve(workspace, workspaceJournal, "journal").copyFrom(new FilePath(journal.toFile()));
            }
        }
        MoveReports.write(result, StepReports.buildDirectory(run, name));
        return StepReports.publish(
                run,
                name,
                "Lync user moves",
                workspace,
                reportDir,
                outcome(result),
                MoveUsersStep.FUNCTION_NAME,
                propagate);
    }

    /** Takes the job's controller-wide lock, waiting (and saying for which build) while another build has it. */
    private JobLocks.Held takeWave(JobKey key, Run<?, ?> run, PrintStream console) throws InterruptedException {
        JobLocks.Held held;
        try {
            held = WAVES.acquire(key, run.getFullDisplayName(), holder -> {
                waitingFor = holder;
                console.println("lync-hybrid: waiting for " + ConsoleText.line(holder) + ", which is moving users for "
                        + ConsoleText.line(key.toString()) + "; one build at a time moves the users of one wave");
            });
        } finally {
            waitingFor = null;
        }
        console.println("lync-hybrid: this build holds the wave " + ConsoleText.line(key.toString())
                + (resumed ? " again after the controller restart" : ""));
        return held;
    }

    /** One distinguished name per line: a DN holds commas, so commas cannot separate them. */
    private List<String> excludedOus() {
        return excludeOus == null
                ? List.of()
                : excludeOus
                        .lines()
                        .map(String::strip)
                        .filter(ou -> !ou.isEmpty())
                        .toList();
    }

    /** The one way of users, filter and fromJournal that was given, with the path a list was fetched to. */
    private static UserSource source(Path users, String filter, Path fromJournal) {
        return UserSource.exactlyOne(
                "lyncMoveUsers needs exactly one of users (a CSV file in the workspace), filter"
                        + " (an OU or a Get-CsUser filter) or fromJournal (a journal whose moves to roll back)",
                users,
                null,
                filter,
                fromJournal);
    }

    private void checkpoint(int done) {
        checkpoint = done;
        if (done % SAVE_EVERY == 0) {
            getContext().saveState();
        }
    }

    /**
     * The build result of the job's exit status (docs/exit-codes.md): failed users, bad lines and the failure limit
     * make it unstable, or fail a rollback (those users are left where the wave put them); a job that could not run
     * or was stopped (a journal or report write failure, the circuit breaker, a refused sign-in) fails the step; a
     * cancelled one is aborted.
     */
    private StepOutcome outcome(MoveResult result) {
        boolean rollback = fromJournal != null;
        StepResult verdict = StepResult.ofMoveUsers(result.exitStatus(), rollback);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", verdict.summaryStatus());
        summary.put("to", result.target().id());
        summary.put("dryRun", result.dryRun());
        summary.put("moved", result.count(UserOutcome.Status.MOVED));
        summary.put("skipped", result.count(UserOutcome.Status.SKIPPED));
        summary.put("failed", result.count(UserOutcome.Status.FAILED));
        summary.put("wouldMove", result.count(UserOutcome.Status.WOULD_MOVE));
        summary.put("notAttempted", result.notAttempted());
        summary.put("badLines", result.sourceProblems().size());
        result.stoppedEarly().ifPresent(reason -> summary.put("stoppedEarly", reason));
        summary.put("peakParallelism", result.peakParallelism());
        if (workspaceJournal != null) {
            summary.put("journal", workspaceJournal);
        }
        String line = rollback
                ? ConsoleText.line(RollbackSummary.of(result))
                : MoveReports.summary(result).strip().replace(System.lineSeparator(), "; ");
        return new StepOutcome(line, FILES, verdict, summary);
    }
}
