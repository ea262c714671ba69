package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ExitStatus;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.users.SourceProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a move job: every user's outcome, the source lines that could not be used, and how the run
 * went (the users never attempted because it stopped early and why it stopped, the peak parallelism, the moves in
 * flight and the throttling over time).
 *
 * @param warnings what the operator should know that changes no outcome (an excluded OU that matched nobody)
 */
public record MoveResult(
        Home target,
        boolean dryRun,
        Instant startedAt,
        Instant finishedAt,
        List<UserOutcome> outcomes,
        List<SourceProblem> sourceProblems,
        List<String> notAttemptedUsers,
        Optional<JobStop> stop,
        int peakParallelism,
        List<String> warnings,
        MoveTimeline timeline) {
    public MoveResult {
        outcomes = List.copyOf(outcomes);
        sourceProblems = List.copyOf(sourceProblems);
        notAttemptedUsers = List.copyOf(notAttemptedUsers);
        warnings = List.copyOf(warnings);
    }

    public long count(UserOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public Duration wallTime() {
        return Duration.between(startedAt, finishedAt);
    }

    /** How many users the job never tried because it stopped early. */
    public int notAttempted() {
        return notAttemptedUsers.size();
    }

    /** Why the job stopped before trying everyone, if it did. */
    public Optional<String> stoppedEarly() {
        return stop.map(JobStop::reason);
    }

    /**
     * Halted (a write failure, the circuit breaker, a refused sign-in): 3; cancelled: 130; every user moved or
     * skipped and every source line usable: 0; anything else: 1.
     */
    public ExitStatus exitStatus() {
        if (stop.isPresent() && stop.get().kind() == JobStop.Kind.HALTED) {
            return ExitStatus.HALTED;
        }
        if (stop.isPresent() && stop.get().kind() == JobStop.Kind.CANCELLED) {
            return ExitStatus.INTERRUPTED;
        }
        boolean clean = count(UserOutcome.Status.FAILED) == 0 && sourceProblems.isEmpty() && stop.isEmpty();
        return clean ? ExitStatus.DONE : ExitStatus.PROBLEMS;
    }

    public int exitCode() {
        return exitStatus().code();
    }
}
