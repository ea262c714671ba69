package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.AbortException;
import io.jenkins.plugins.lynchybrid.move.FailureBudget;
import io.jenkins.plugins.lynchybrid.move.Home;
import io.jenkins.plugins.lynchybrid.move.Parallelism;
import io.jenkins.plugins.lynchybrid.readiness.FailOn;
import java.util.function.Function;

/**
 * Step arguments read by the engine's own parsers (the CLI takes the same spellings); a bad value fails the step
 * before anything connects, naming the step parameter. The engine's messages name the CLI option, hence the prefix.
 */
final class StepArguments {
    private StepArguments() {}

    static FailOn failOn(String text) throws AbortException {
        return parse("failOn", text, FailOn::parse);
    }

    static Home target(String text) throws AbortException {
        return parse("to", text, Home::parse);
    }

    static Parallelism parallelism(String text) throws AbortException {
        return parse("parallelism", text, Parallelism::parse);
    }

    static FailureBudget maxFailures(String text) throws AbortException {
        return text == null ? FailureBudget.unlimited() : parse("maxFailures", text, FailureBudget::parse);
    }

    private static <T> T parse(String parameter, String text, Function<String, T> parser) throws AbortException {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | io.jenkins.plugins.lynchybrid.errors.HybridException e) {
            throw new AbortException("lync-hybrid step parameter " + parameter + ": " + e.getMessage());
        }
    }
}
