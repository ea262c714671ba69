package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.errors.ExitStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGINT and SIGTERM for a running command: a JVM shutdown hook cancels the command's job and waits, bounded, for
 * the command to record what is in flight and write its reports, then ends the process with exit code 130. (The
 * JVM cannot exit with a code of its own choosing once a signal started its shutdown, so the hook halts it.)
 */
final class Interruption implements AutoCloseable {
    private final Thread hook;
    private final CountDownLatch written = new CountDownLatch(1);
    private volatile boolean signalled;

    private Interruption(Runnable cancel, Duration wait, String notice, PrintWriter err) {
        this.hook = new Thread(
                () -> {
                    signalled = true;
                    err.println("lync-hybrid: interrupted; " + notice);
                    err.flush();
                    cancel.run();
                    try {
                        written.await(wait.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    err.flush();
                    Runtime.getRuntime().halt(ExitStatus.INTERRUPTED.code());
                },
                "lync-hybrid-interruption");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Cancels with {@code cancel} on a signal and gives the command {@code wait} to call {@link #written()}.
     *
     * @param cancel the job's own cancellation (e.g. {@code MoveJob.cancel}); it must return quickly
     */
    static Interruption cancelling(Runnable cancel, Duration wait, PrintWriter err) {
        return new Interruption(
                cancel,
                wait,
                "finishing the moves in flight and writing the reports (at most " + wait.toSeconds() + " s)",
                err);
    }

    /** For a read-only or idempotent command: a signal ends it at once, with exit code 130; a re-run starts over. */
    static Interruption immediate(PrintWriter err) {
        return new Interruption(() -> {}, Duration.ZERO, "nothing to finish: run the command again", err);
    }

    /** Whether a signal arrived. */
    boolean signalled() {
        return signalled;
    }

    /** The command has written what it knows: a waiting signal may end the process now. */
    void written() {
        written.countDown();
    }

    @Override
    public void close() {
        written();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the shutdown already began: the hook ends the process
        }
    }
}
