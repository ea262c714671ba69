package io.jenkins.plugins.lynchybrid.errors;

import java.util.List;

/** The circuit breaker stopped the job after a run of infrastructure failures; no further call is made. */
public final class CircuitOpenException extends JobHaltedException {
    public CircuitOpenException(String message, List<String> causes) {
        super(Side.LOCAL, message, causes, null);
    }
}
