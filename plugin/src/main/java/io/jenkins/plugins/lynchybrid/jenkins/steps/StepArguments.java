package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.AbortException;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.move.FailureBudget;
import io.jenkins.plugins.lynchybrid.move.Parallelism;
import io.jenkins.plugins.lynchybrid.readiness.FailOn;
import io.jenkins.plugins.lynchybrid.readiness.SyncThreshold;
import java.time.Duration;
import java.util.function.Function;

/**
 * A step's arguments read by the engine's own parsers (the CLI takes the same spellings); a bad value fails the
 * step before anything connects. The engine's message names the value and what is wrong; this names the step and
 * its parameter in front of it.
 */
record StepArguments(String step) {

    FailOn failOn(String text) throws AbortException {
        return parse("failOn", text, FailOn::parse);
    }

    Home target(String text) throws AbortException {
        return parse("to", text, Home::parse);
    }

    Parallelism parallelism(String text) throws AbortException {
        return parse("parallelism", text, Parallelism::parse);
    }

    FailureBudget maxFailures(String text) throws AbortException {
        return text == null ? FailureBudget.unlimited() : parse("maxFailures", text, FailureBudget::parse);
    }

    Duration syncThreshold(String text) throws AbortException {
        return parse("syncThreshold", text, SyncThreshold::parse);
    }

    private <T> T parse(String parameter, String text, Function<String, T> parser) throws AbortException {
        try {
            return parser.apply(text);
        } catch (ConfigurationException e) {
            throw new AbortException(step + " parameter " + parameter + ": " + e.getMessage());
        }
    }
}
