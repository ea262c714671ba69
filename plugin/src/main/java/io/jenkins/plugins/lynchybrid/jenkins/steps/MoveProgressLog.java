package io.jenkins.plugins.lynchybrid.jenkins.steps;

import io.jenkins.plugins.lynchybrid.failures.Failure;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.move.MoveListener;
import io.jenkins.plugins.lynchybrid.move.MoveOptions;
import io.jenkins.plugins.lynchybrid.move.MoveResult;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.IntConsumer;

/**
 * A move's progress in the build log: one line per failed user and a progress line every {@value #EVERY} users,
 * so a run of 50,000 users leaves a readable log, and the journal's notes. Each finished user is also reported to
 * {@code checkpoint}. Text from hosts and input files is shown safe ({@link ConsoleText}).
 */
final class MoveProgressLog implements MoveListener {
    private static final int EVERY = 50;

    private final PrintStream console;
    private final IntConsumer checkpoint;

    MoveProgressLog(PrintStream console, IntConsumer checkpoint) {
        this.console = console;
        this.checkpoint = checkpoint;
    }

    @Override
    public void started(int users, MoveOptions options) {
        console.println("lync-hybrid: " + (options.dryRun() ? "dry run: " : "") + "moving " + users + " users "
                + options.target().id() + ", parallelism " + options.parallelism());
    }

    @Override
    public synchronized void userDone(UserOutcome outcome, Progress progress) {
        if (outcome.status() == UserOutcome.Status.FAILED) {
            console.println("lync-hybrid: failed " + ConsoleText.line(outcome.identity()) + ": "
                    + ConsoleText.line(outcome.reason()));
        }
        if (progress.done() % EVERY == 0 || progress.done() == progress.total()) {
            Duration eta = progress.eta();
            console.printf(
                    "lync-hybrid: %d/%d done (%d moved, %d skipped, %d failed), %d at once%s%n",
                    progress.done(),
                    progress.total(),
                    progress.moved(),
                    progress.skipped(),
                    progress.failed(),
                    progress.parallelism(),
                    eta == null ? "" : ", about " + eta.toSeconds() + " s left");
        }
        checkpoint.accept(progress.done());
    }

    @Override
    public void retry(String user, int attempt, Failure failure, Duration delay) {
        console.println("lync-hybrid: retrying " + ConsoleText.line(user) + " in " + delay.toMillis() + " ms (attempt "
                + attempt + " failed: " + ConsoleText.line(failure.describe()) + ")");
    }

    /** A journal's legacy header or a torn last line cut off: the build log says so, as the CLI does. */
    @Override
    public void note(String message) {
        console.println("lync-hybrid: " + ConsoleText.line(message));
    }

    @Override
    public void finished(MoveResult result) {
        // the step prints the engine's summary once the job is closed
    }
}
