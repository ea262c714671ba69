package io.jenkins.plugins.lynchybrid.configure;

import java.util.Optional;

/**
 * What became of one planned change.
 *
 * @param message the service's error for a failed change, empty otherwise
 */
public record ChangeOutcome(Change change, Status status, Optional<String> message) {

    public static ChangeOutcome applied(Change change) {
        return new ChangeOutcome(change, Status.APPLIED, Optional.empty());
    }

    public static ChangeOutcome notAttempted(Change change) {
        return new ChangeOutcome(change, Status.NOT_ATTEMPTED, Optional.empty());
    }

    public enum Status {
        APPLIED,
        /** The cmdlet ran and refused the change. */
        FAILED,
        /** The shell host died or timed out: the change may or may not have been made. */
        OUTCOME_UNKNOWN,
        /** An earlier change failed, so this one was never sent. */
        NOT_ATTEMPTED
    }
}
