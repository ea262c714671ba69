package io.jenkins.plugins.lynchybrid.errors;

/** Another run holds the journal: two runs on one journal would move every user twice. Exit code 3. */
public final class JournalLockedException extends HybridException {
    public JournalLockedException(String message) {
        super(Side.LOCAL, message, null);
    }
}
