package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rollback's answer in one line: how many of the users the journal started are back, and who is not (with how many
 * Get-CsUser could not find). Any user not back makes the job's exit code 1: failed users and users never attempted
 * already do.
 */
public final class RollbackSummary {
    private static final int NAMED = 20;

    private RollbackSummary() {}

    public static String of(MoveResult result) {
        String home = result.target() == Home.ON_PREMISES ? "on-premises" : "online";
        List<UserOutcome> notBack = result.outcomes().stream()
                .filter(o -> o.status() == UserOutcome.Status.FAILED)
                .toList();
        long notFound = notBack.stream()
                .filter(o -> o.reason().startsWith(PreChecks.NOT_FOUND))
                .count();
        long back = result.count(UserOutcome.Status.MOVED) + result.count(UserOutcome.Status.SKIPPED);
        long total = back + notBack.size() + result.notAttempted();
        StringBuilder line = new StringBuilder("rollback: " + back + " of " + total + " started users are back " + home
                + "; " + (notBack.size() + result.notAttempted()) + " are not");
        if (!notBack.isEmpty()) {
            line.append(" (")
                    .append(notBack.stream().limit(NAMED).map(UserOutcome::user).collect(Collectors.joining(", ")))
                    .append(notBack.size() > NAMED ? ", ..." : "")
                    .append(")");
        }
        if (result.notAttempted() > 0) {
            line.append("; ").append(result.notAttempted()).append(" not attempted (the job stopped early)");
        }
        return line.append("; ").append(notFound).append(" could not be found").toString();
    }
}
