package io.jenkins.plugins.lynchybrid.errors;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How a command or pipeline step ended, the same for every job (docs/exit-codes.md). The CLI exits with
 * {@link #code()}; the plugin maps each to a build result.
 */
public enum ExitStatus {
    /** Everything asked was done. */
    DONE(0),
    /** The job ran and found problems: users failed, the hybrid is not ready, a change failed. */
    PROBLEMS(1),
    /** Bad usage or configuration, named in the message; nothing was done. */
    USAGE(2),
    /**
     * The job could not run or was stopped (journal held by another run, a write failure, the circuit breaker, a
     * refused sign-in); what it knows is written.
     */
    HALTED(3),
    /** Interrupted (Ctrl-C, SIGTERM, a pipeline's stop); reports written, a re-run with the same journal resumes. */
    INTERRUPTED(130);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /**
     * The status of a job that ended with {@code error} instead of a result: a bad input is a usage error; a journal
     * held by another run, a failed write, a refused sign-in, the circuit breaker or a shell host that cannot start
     * mean the job could not run; anything else is a problem the job found.
     */
    public static ExitStatus of(Throwable error) {
        if (error instanceof ConfigurationException) {
            return USAGE;
        }
        if (error instanceof JobHaltedException
                || error instanceof JournalHeldException
                || (error instanceof ShellException shell && shell.cmdlet().equals(ShellException.HOST_START))
                || error instanceof UncheckedIOException
                || error instanceof IOException) {
            return HALTED;
        }
        if (error instanceof InterruptedException) {
            return INTERRUPTED;
        }
        return PROBLEMS;
    }
}
