package io.jenkins.plugins.lynchybrid.notify;

import io.jenkins.plugins.lynchybrid.errors.ExitStatus;
import java.util.List;

/** Every user's outcome of a notify run, in the order given. */
public record NotifyResult(String policy, List<NotifyOutcome> outcomes) {
    public NotifyResult {
        outcomes = List.copyOf(outcomes);
    }

    public long count(NotifyOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Done when nobody failed; problems otherwise (docs/exit-codes.md). */
    public ExitStatus exitStatus() {
        return count(NotifyOutcome.Status.FAILED) == 0 ? ExitStatus.DONE : ExitStatus.PROBLEMS;
    }

    /** One line for the console and the build log. */
    public String summary() {
        return "notify: " + count(NotifyOutcome.Status.NOTIFIED) + " notified (TeamsUpgradePolicy " + policy + "), "
                + count(NotifyOutcome.Status.SKIPPED) + " skipped, " + count(NotifyOutcome.Status.FAILED) + " failed";
    }
}
