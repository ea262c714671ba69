package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.move.MoveJob;
import io.jenkins.plugins.lynchybrid.move.MoveOptions;
import io.jenkins.plugins.lynchybrid.move.MoveReports;
import io.jenkins.plugins.lynchybrid.move.MoveResult;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import io.jenkins.plugins.lynchybrid.users.UserSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * The move step's durable execution. Progress lives in the engine's journal in the build's folder, so after a
 * controller restart {@link #onResume()} starts the same job again on the same journal: users it finished are
 * left alone and a move that was in flight is verified, never blindly repeated. Only the arguments, the journal
 * path and a checkpoint (users done) are serialized; threads, connections and the password are not.
 */
final class MoveUsersExecution extends StepExecution {
    private static final long serialVersionUID = 1L;
    /** Saving the program on every user would cost more than the moves; the journal holds each user anyway. */
    private static final int SAVE_EVERY = 100;
    /**
     * After a controller restart the {@code node} block gets its workspace back only once the agent reconnects
     * (its own wait is bounded too); until then the context has no live workspace.
     */
    private static final Duration NODE_WAIT = Duration.ofMinutes(15);

    private static final Duration NODE_POLL = Duration.ofSeconds(5);

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
    private String name;
    private String journalPath;
    private volatile int checkpoint;

    private transient volatile Thread worker;
    private transient volatile Throwable stopCause;
    private transient volatile MoveJob job;

    MoveUsersExecution(MoveUsersStep step, StepContext context) throws AbortException {
        super(context);
        try {
            source(
                    step.getUsers() == null ? null : Path.of(step.getUsers()),
                    step.getFilter(),
                    step.getFromJournal() == null ? null : Path.of(step.getFromJournal()));
        } catch (ConfigurationException e) {
            throw new AbortException(e.getMessage());
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
    }

    @Override
    public boolean start() throws Exception {
        // bad arguments fail the step before anything connects
        options();
        WorkspaceFiles.resolve(getContext().get(FilePath.class), reportDir, "reportDir");
        Run<?, ?> run = getContext().get(Run.class);
        name = StepReports.claimName(run, "moves");
        Path journal = StepReports.buildDirectory(run, name + "-input").resolve("journal.jsonl");
        if (workspaceJournal != null) {
            FilePath earlier = WorkspaceFiles.resolve(getContext().get(FilePath.class), workspaceJournal, "journal");
            if (earlier.exists()) {
                WorkspaceFiles.fetch(getContext().get(FilePath.class), workspaceJournal, "journal", journal);
            }
        }
        journalPath = journal.toString();
        getContext().saveState();
        launch();
        return false;
    }

    @Override
    public void onResume() {
        try {
            getContext()
                    .get(TaskListener.class)
                    .getLogger()
                    .println("lync-hybrid: the controller restarted; " + checkpoint
                            + " users were done. Resuming from the journal " + journalPath);
        } catch (IOException | InterruptedException e) {
            getContext().onFailure(e);
            return;
        }
        launch();
    }

    @Override
    public void stop(Throwable cause) {
        stopCause = cause;
        MoveJob moving = job;
        Thread running = worker;
        if (moving != null) {
            // no further move starts; those in flight finish and reach the journal, then the worker reports the stop
            moving.cancel("stopped: " + cause);
        } else if (running != null) {
            running.interrupt();
        } else {
            getContext().onFailure(cause);
        }
    }

    @Override
    public String getStatus() {
        return worker == null ? "not running" : "moving users " + to + ": " + checkpoint + " done";
    }

    /** The journal makes a restart safe, so a restart need not wait for the moves. */
    @Override
    public boolean blocksRestart() {
        return false;
    }

    private void launch() {
        Thread thread = new Thread(this::work, "lync-hybrid lyncMoveUsers " + name);
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    private void work() {
        try {
            awaitWorkspace();
            Map<String, Object> summary = move();
            Throwable cause = stopCause;
            if (cause == null) {
                getContext().onSuccess(summary);
            } else {
                getContext().onFailure(cause);
            }
        } catch (Throwable t) {
            Throwable cause = stopCause;
            getContext().onFailure(cause == null ? t : cause);
        } finally {
            worker = null;
        }
    }

    private void awaitWorkspace() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + NODE_WAIT.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (getContext().get(FilePath.class) != null) {
                    return;
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

    private MoveOptions options() throws AbortException {
        StepArguments arguments = new StepArguments(MoveUsersStep.FUNCTION_NAME);
        return MoveOptions.to(arguments.target(to))
                .withParallelism(arguments.parallelism(parallelism))
                .withMaxFailures(arguments.maxFailures(maxFailures))
                .withDryRun(dryRun)
                .withExcludedOus(excludedOus())
                .withAllowBypass(allowBypass);
    }

    private Map<String, Object> move() throws Exception {
        StepContext context = getContext();
        Run<?, ?> run = context.get(Run.class);
        FilePath workspace = context.get(FilePath.class);
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
            result = session.call(c -> {
                UserSelection selection = source(
                                users == null ? null : list.orElseThrow(),
                                filter,
                                fromJournal == null ? null : list.orElseThrow())
                        .read(new IdentityRules(session.site().sipDomains()), c::shell, options.target());
                if (strict) {
                    selection.requireClean();
                }
                selection.problems().forEach(p -> session.console().println("lync-hybrid: bad line " + p));
                job = new MoveJob(
                        session.site(),
                        c.shell(),
                        c.directory(),
                        options,
                        Optional.of(journal),
                        new MoveProgressLog(session.console(), this::checkpoint));
                if (stopCause != null) {
                    job.cancel("stopped: " + stopCause);
                }
                return job.run(selection);
            });
            session.console().print(MoveReports.summary(result));
        } finally {
            job = null;
            // also after a failure or a stop: the next run with this journal must know who was moved
            if (workspaceJournal != null && Files.exists(journal)) {
                WorkspaceFiles.resolve(workspace, workspaceJournal, "journal").copyFrom(new FilePath(journal.toFile()));
            }
        }
        MoveReports.write(result, StepReports.buildDirectory(run, name));
        return StepReports.publish(run, name, "Lync user moves", workspace, reportDir, outcome(result));
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

    private StepOutcome outcome(MoveResult result) {
        boolean clean = result.exitCode() == 0;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", clean ? "SUCCESS" : "UNSTABLE");
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
        return new StepOutcome(
                MoveReports.summary(result).strip().replace(System.lineSeparator(), "; "),
                FILES,
                clean ? Optional.empty() : Optional.of(Result.UNSTABLE),
                summary);
    }
}
