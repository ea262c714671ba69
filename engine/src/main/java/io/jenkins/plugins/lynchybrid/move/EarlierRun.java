package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.journal.JournalState;

/** What the journal says of a user before this run, which the pre-check's live read then confirms or overrules. */
enum EarlierRun {
    NONE,
    /** A move started and never finished: it may have happened. */
    INTERRUPTED,
    /** Recorded moved: true only if the user is still at the target. */
    MOVED;

    static EarlierRun of(JournalState journal, String user) {
        if (journal.interrupted().contains(user)) {
            return INTERRUPTED;
        }
        return journal.recordedMoved(user) ? MOVED : NONE;
    }
}
