package io.jenkins.plugins.lynchybrid.readiness;

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

    /** Bad lines go to {@code problems}, naming file:line and what is wrong; the good lines are kept. */
    public static List<String> fromCsv(Path file, HybridSite site, Consumer<SourceProblem> problems) {
        UserSelection selection = new CsvUserSource(new IdentityRules(site.sipDomains())).read(file);
        selection.problems().forEach(problems);
        return selection.users().stream()
                .map(u -> u.userPrincipalName().orElse(u.identity()))
                .toList();
    }
}
