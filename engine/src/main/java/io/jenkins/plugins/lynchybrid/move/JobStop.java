package io.jenkins.plugins.lynchybrid.move;

import java.util.List;

/**
 * Why a job stopped before every user was tried.
 *
 * @param causes one line per distinct cause (no stack traces), for the reports; may be empty
 */
public record JobStop(Kind kind, String reason, List<String> causes) {
    public JobStop {
        causes = List.copyOf(causes);
    }

    public enum Kind {
        /** More users failed than --max-failures allows. */
        FAILURE_LIMIT,
        /** Cancelled: a signal, a pipeline's stop. */
        CANCELLED,
        /** The job cannot go on: a write failure, the circuit breaker, a refused sign-in. */
        HALTED
    }

    static JobStop of(Kind kind, String reason) {
        return new JobStop(kind, reason, List.of());
    }

    /** A halt from a message whose first line is the reason and whose further lines are its causes. */
    static JobStop halted(String message) {
        List<String> lines =
                message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty()
                ? of(Kind.HALTED, "the job cannot go on")
                : new JobStop(Kind.HALTED, lines.get(0), lines.subList(1, lines.size()));
    }
}
