package io.jenkins.plugins.lynchybrid.configure;

import java.util.Optional;

/**
 * The outcome of one configure run, the model every report renders.
 *
 * @param plan the changes planned from the state found at the start; empty when that state could not be read
 * @param apply what the apply did; empty in a dry run or when it could not start
 * @param remaining the plan read back after the apply: empty when the hybrid converged
 * @param error why the run failed, in words a user can act on
 */
public record ConfigureResult(
        String site,
        boolean dryRun,
        Status status,
        Optional<Plan> plan,
        Optional<ApplyOutcome> apply,
        Optional<Plan> remaining,
        Optional<String> error) {

    public enum Status {
        /** Dry run: the plan was made and nothing was changed. */
        PLANNED,
        /** The hybrid has every desired setting (after applying the plan, if it had changes). */
        CONVERGED,
        FAILED
    }
}
