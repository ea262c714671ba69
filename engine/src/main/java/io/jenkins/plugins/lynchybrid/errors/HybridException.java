package io.jenkins.plugins.lynchybrid.errors;

/**
 * A failure on one side of the hybrid. Messages carry the cmdlet or URL and the service's own words,
 * never a credential.
 */
public abstract class HybridException extends RuntimeException {
    private final Side side;

    protected HybridException(Side side, String message, Throwable cause) {
        super(message, cause);
        this.side = side;
    }

    public Side side() {
        return side;
    }

    /** Which half of the hybrid answered with the failure. */
    public enum Side {
        ON_PREMISES_SHELL,
        TENANT,
        CONFIGURATION,
        /** This machine: the journal, the report directory, the job itself. */
        LOCAL
    }
}
