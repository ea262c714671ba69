package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.failures.Failure;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.move.MoveListener;
import io.jenkins.plugins.lynchybrid.move.MoveOptions;
import io.jenkins.plugins.lynchybrid.move.MoveReports;
import io.jenkins.plugins.lynchybrid.move.MoveResult;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Draws a move job's progress: on a terminal a progress bar redrawn in place with the rate and ETA; otherwise (a
 * log file, Jenkins) a plain line every {@code interval}. Failed users are always printed on their own line.
 */
final class MoveProgress implements MoveListener {
    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final long intervalNanos;
    private long lastDrawNanos;
    private boolean dryRun;

    MoveProgress(PrintWriter out, boolean terminal, Duration interval) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public synchronized void started(int users, MoveOptions options) {
        dryRun = options.dryRun();
        out.printf(
                Locale.ROOT,
                "%s %d users %s, parallel %s%n",
                options.dryRun() ? "Checking" : "Moving",
                users,
                options.target().id(),
                options.parallelism());
        out.flush();
    }

    @Override
    public synchronized void note(String message) {
        out.println("note: " + message);
        out.flush();
    }

    @Override
    public synchronized void userDone(UserOutcome outcome, Progress progress) {
        if (outcome.status() == UserOutcome.Status.FAILED) {
            clearBar();
            out.printf(
                    Locale.ROOT,
                    "FAILED %s: %s%n",
                    ConsoleText.line(outcome.identity()),
                    ConsoleText.line(outcome.reason()));
        }
        long now = System.nanoTime();
        boolean last = progress.done() == progress.total();
        if (terminal || last || now - lastDrawNanos >= intervalNanos) {
            lastDrawNanos = now;
            out.print(terminal ? "\r" + bar(progress, dryRun) : line(progress, dryRun) + System.lineSeparator());
            out.flush();
        }
    }

    @Override
    public synchronized void retry(String user, int attempt, Failure failure, Duration delay) {
        if (!terminal) {
            out.printf(
                    Locale.ROOT,
                    "retry %s after attempt %d in %.1f s: %s%n",
                    ConsoleText.line(user),
                    attempt,
                    delay.toMillis() / 1000.0,
                    ConsoleText.line(failure.reason()));
            out.flush();
        }
    }

    @Override
    public synchronized void finished(MoveResult result) {
        clearBar();
        out.println(ConsoleText.lines(MoveReports.summary(result)));
        out.flush();
    }

    static String bar(Progress p, boolean dryRun) {
        int filled = p.total() == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * p.done() / p.total());
        return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + line(p, dryRun);
    }

    /** A dry run moves nobody, so its progress says "would move", never "moved". */
    static String line(Progress p, boolean dryRun) {
        Duration eta = p.eta();
        return String.format(
                Locale.ROOT,
                "%d/%d done (%d %s, %d skipped, %d failed) %.1f users/s, %d at once, ETA %s",
                p.done(),
                p.total(),
                p.moved(),
                dryRun ? "would move" : "moved",
                p.skipped(),
                p.failed(),
                p.rate(),
                p.parallelism(),
                eta == null ? "--" : clock(eta));
    }

    private void clearBar() {
        if (terminal) {
            out.print("\r\033[2K");
        }
    }

    private static String clock(Duration d) {
        long seconds = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
