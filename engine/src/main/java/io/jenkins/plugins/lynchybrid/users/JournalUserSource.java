package io.jenkins.plugins.lynchybrid.users;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.journal.JournalState;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rollback: every user a journal started a move for, whatever its last outcome says (a move whose reply was lost, or
 * whose verification failed, may still have happened), to be moved back the other way, each to the pool the journal
 * recorded. The move job's pre-check reads each one's home, so users already back are left alone.
 */
public final class JournalUserSource {
    private JournalUserSource() {}

    public static UserSelection read(Path journal, Home to) {
        if (!Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigurationException("journal " + journal + " does not exist: nothing to roll back");
        }
        JournalState state = MoveJournal.readSettled(journal);
        Home moved = state.target()
                .orElseThrow(() -> new ConfigurationException("journal " + journal + " records no move job"));
        if (moved == to) {
            throw new ConfigurationException("journal " + journal + " moved users " + moved.id()
                    + "; rolling them back needs the target " + moved.opposite().id() + ", not " + to.id());
        }
        if (state.started().isEmpty()) {
            throw new ConfigurationException("journal " + journal + " started no move, so there is nothing to roll"
                    + " back; to move users " + to.id() + ", name them (a user list, users or a filter)");
        }
        UserSelectionBuilder selection = new UserSelectionBuilder();
        Map<String, String> pools = new HashMap<>();
        state.started().forEach((user, identity) -> {
            UserRef ref = UserRef.ofSip(
                    identity.regionMatches(true, 0, "sip:", 0, 4) ? identity : "sip:" + identity,
                    journal.getFileName() + " (" + user + ")");
            selection.add(ref);
            Optional.ofNullable(state.pools().get(user)).ifPresent(pool -> pools.put(ref.key(), pool));
        });
        UserSelection users = selection.build();
        return new UserSelection(
                users.users(),
                users.problems(),
                Optional.of(new UserSelection.Rollback(journal, pools)),
                state.notes());
    }
}
