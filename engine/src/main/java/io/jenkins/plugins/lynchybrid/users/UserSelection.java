package io.jenkins.plugins.lynchybrid.users;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The users a source yielded, and the lines it could not use. Duplicates are already removed.
 *
 * @param rollback set when the users are a journal's, to be returned where they came from
 * @param notes what the source tolerated and the user should know (e.g. a journal without header)
 */
public record UserSelection(
        List<UserRef> users, List<SourceProblem> problems, Optional<Rollback> rollback, List<String> notes) {
    public UserSelection {
        users = List.copyOf(users);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public UserSelection(List<UserRef> users, List<SourceProblem> problems) {
        this(users, problems, Optional.empty(), List.of());
    }

    /**
     * A rollback of the moves a journal started.
     *
     * @param pools the registrar pool each user (by {@link UserRef#key()}) was homed on before the journal's move
     *     online; a user without one returns to the site's pool
     */
    public record Rollback(Path journal, Map<String, String> pools) {
        public Rollback {
            pools = Map.copyOf(pools);
        }
    }

    /** With {@code --strict} any bad line stops the job before anyone is moved. */
    public UserSelection requireClean() {
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems.size() + " bad line(s) in the user list, nobody moved (strict):\n"
                    + problems.stream().map(SourceProblem::toString).collect(Collectors.joining("\n")));
        }
        return this;
    }
}
