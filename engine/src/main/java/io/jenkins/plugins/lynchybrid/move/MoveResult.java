package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.users.SourceProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a move job: every user's outcome, the source lines that could not be used, and how the run
 * went (users never attempted because it stopped early, the peak parallelism, the moves in flight and the
 * throttling over time).
 */
public record MoveResult(
        Home target,
        boolean dryRun,
        Instant startedAt,
        Instant finishedAt,
        List<UserOutcome> outcomes,
        List<SourceProblem> sourceProblems,
        int notAttempted,
        Optional<String> stoppedEarly,
        int peakParallelism,
        MoveTimeline timeline) {
    public MoveResult {
        outcomes = List.copyOf(outcomes);
        sourceProblems = List.copyOf(sourceProblems);
    }

    public long count(UserOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public Duration wallTime() {
        return Duration.between(startedAt, finishedAt);
    }

    /** Everyone moved or skipped and every source line usable: 0; anything else: 1. */
    public int exitCode() {
        boolean clean = count(UserOutcome.Status.FAILED) == 0
                && sourceProblems.isEmpty()
                && notAttempted == 0
                && stoppedEarly.isEmpty();
        return clean ? 0 : 1;
    }
}
