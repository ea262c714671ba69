package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.users.CsvUserSource;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.SourceProblem;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The users readiness pre-checks, read from the same CSV a move batch reads (so one batch file gates and then
 * moves). Graph looks users up by UPN; a line with only a SIP address is looked up by that address.
 */
public final class ReadinessUsers {
    private ReadinessUsers() {}

    /**
     * Bad lines go to {@code problems}, naming file:line and what is wrong, and then fail the gate with a
     * {@link ConfigurationException}: a batch that a strict move would refuse is not ready.
     */
    public static List<String> fromCsv(Path file, HybridSite site, Consumer<SourceProblem> problems) {
        UserSelection selection = new CsvUserSource(new IdentityRules(site.sipDomains())).read(file);
        selection.problems().forEach(problems);
        if (!selection.problems().isEmpty()) {
            throw new ConfigurationException(
                    "user list " + file + " has " + selection.problems().size()
                            + " bad line(s) (named above), on which a strict move would stop: not ready. Fix or delete them");
        }
        return selection.users().stream()
                .map(u -> u.userPrincipalName().orElse(u.identity()))
                .toList();
    }
}
