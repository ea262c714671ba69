package io.jenkins.plugins.lynchybrid.failures;

/**
 * What a failed attempt means for the user's move.
 *
 * @param reason the service's own words (or ours when the service said nothing)
 * @param fix what the admin does about it, empty for transient kinds
 */
public record Failure(Kind kind, String reason, String fix) {
    public enum Kind {
        /** Retrying cannot help: the move fails with the documented fix. */
        PERMANENT,
        /** The service may accept the same move later (licence provisioning, a timeout): retry with back-off. */
        TRANSIENT,
        /** The service has too much to do: retry later and run fewer moves at once. */
        THROTTLED,
        /** The host died or timed out mid-move: the user may have moved; re-read the home before anything else. */
        OUTCOME_UNKNOWN,
        /**
         * Not this user's fault: a shell host could not start, a service is unavailable or gave no answer. Retried
         * with back-off; a run of them opens the job's {@link CircuitBreaker}.
         */
        INFRASTRUCTURE,
        /**
         * Nothing in this job can succeed any more (the circuit breaker opened, the admin's sign-in was refused, the
         * journal cannot be written): the job stops; the call was not made, or its user cannot be recorded.
         */
        HALT
    }

    public boolean retryable() {
        return kind != Kind.PERMANENT && kind != Kind.HALT;
    }

    /** The reason and the fix in one line, as reports show a failed user. */
    public String describe() {
        return fix == null || fix.isBlank() ? reason : reason + " — fix: " + fix;
    }
}
