package io.jenkins.plugins.lynchybrid.errors;

import java.util.List;

/**
 * The job cannot go on, whatever user comes next: a journal or report write failed, the circuit breaker opened, or
 * the tenant admin's sign-in was refused. Commands end with exit code 3 after writing what they know.
 */
public class JobHaltedException extends HybridException {
    private final List<String> causes;

    public JobHaltedException(Side side, String message, List<String> causes, Throwable cause) {
        super(side, message, cause);
        this.causes = List.copyOf(causes);
    }

    public JobHaltedException(String message, Throwable cause) {
        this(Side.LOCAL, message, List.of(), cause);
    }

    /** One line per distinct cause, for reports; empty when the message says it all. */
    public List<String> causes() {
        return causes;
    }
}
