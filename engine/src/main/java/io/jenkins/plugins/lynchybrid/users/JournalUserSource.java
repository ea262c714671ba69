package io.jenkins.plugins.lynchybrid.users;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.journal.JournalState;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import java.nio.file.Path;

/**
 * Rollback: the users a journal moved (or may have moved: started, never finished), to be moved back the other
 * way. Users the journal skipped or failed are left alone.
 */
public final class JournalUserSource {
    private JournalUserSource() {}

    public static UserSelection read(Path journal, Home to) {
        JournalState state = MoveJournal.read(journal);
        Home moved = state.target()
                .orElseThrow(() -> new ConfigurationException("journal " + journal + " records no move job"));
        if (moved == to) {
            throw new ConfigurationException("journal " + journal + " moved users " + moved.id()
                    + "; rolling them back needs the target " + moved.opposite().id() + ", not " + to.id());
        }
        UserSelectionBuilder selection = new UserSelectionBuilder();
        state.movedOrMaybeMoved()
                .forEach((user, identity) -> selection.add(UserRef.ofSip(
                        identity.regionMatches(true, 0, "sip:", 0, 4) ? identity : "sip:" + identity,
                        journal.getFileName() + " (" + user + ")")));
        return selection.build();
    }
}
