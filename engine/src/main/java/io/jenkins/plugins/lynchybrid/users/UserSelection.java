package io.jenkins.plugins.lynchybrid.users;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.util.List;
import java.util.stream.Collectors;

/** The users a source yielded, and the lines it could not use. Duplicates are already removed. */
public record UserSelection(List<UserRef> users, List<SourceProblem> problems) {
    public UserSelection {
        users = List.copyOf(users);
        problems = List.copyOf(problems);
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
