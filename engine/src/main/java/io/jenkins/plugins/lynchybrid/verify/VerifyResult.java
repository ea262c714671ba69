package io.jenkins.plugins.lynchybrid.verify;

import io.jenkins.plugins.lynchybrid.errors.ExitStatus;
import io.jenkins.plugins.lynchybrid.journal.UserCompletion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a verification run found for every user the journal moved online, in journal order.
 *
 * @param notes what the journal reader tolerated, for the output
 */
public record VerifyResult(
        Path journal,
        List<UserCompletion> users,
        int rounds,
        Instant startedAt,
        Instant finishedAt,
        List<String> notes) {

    public long count(UserCompletion.State state) {
        return users.stream().filter(u -> u.state() == state).count();
    }

    /** Pending is not a failure: problems only when some user failed. */
    public ExitStatus exitStatus() {
        return count(UserCompletion.State.FAILED) > 0 ? ExitStatus.PROBLEMS : ExitStatus.DONE;
    }
}
