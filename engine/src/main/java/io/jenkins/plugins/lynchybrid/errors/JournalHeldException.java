package io.jenkins.plugins.lynchybrid.errors;

import java.nio.file.Path;

/**
 * Another run holds the journal this job was given: the job did nothing and must not run beside it (two runs on one
 * journal would send every Move-CsUser twice). Not a configuration error: the same command succeeds once the other
 * run ends. The CLI ends with exit code 3 and the message, which names the holder.
 */
public final class JournalHeldException extends RuntimeException {
    private final Path journal;
    private final String holder;

    public JournalHeldException(Path journal, String holder) {
        super("journal " + journal + " is held by " + holder
                + "; wait for that run to end (or stop it), then run again");
        this.journal = journal;
        this.holder = holder;
    }

    public Path journal() {
        return journal;
    }

    /** Who holds it, e.g. {@code pid 4242 on agent01 since 2026-12-03T13:40:00Z}. */
    public String holder() {
        return holder;
    }
}
