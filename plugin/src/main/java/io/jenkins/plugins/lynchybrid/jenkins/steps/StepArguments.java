package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.AbortException;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.move.FailureBudget;
import io.jenkins.plugins.lynchybrid.move.Parallelism;
import io.jenkins.plugins.lynchybrid.readiness.FailOn;
import io.jenkins.plugins.lynchybrid.readiness.SyncThreshold;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import io.jenkins.plugins.lynchybrid.verify.VerifyOptions;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * A step's arguments read by the engine's own parsers (the CLI takes the same spellings); a bad value fails the
 * step before anything connects. The engine's message names the value and what is wrong; this names the step and
 * its parameter in front of it. The steps turn the {@link ConfigurationException} into their failure
 * ({@link #asStepFailure}).
 */
record StepArguments(String step) {

    FailOn failOn(String text) {
        return parse("failOn", text, FailOn::parse);
    }

    Home target(String text) {
        return parse("to", text, Home::parse);
    }

    Parallelism parallelism(String text) {
        return parse("parallelism", text, Parallelism::parse);
    }

    FailureBudget maxFailures(String text) {
        return text == null ? FailureBudget.unlimited() : parse("maxFailures", text, FailureBudget::parse);
    }

    Duration syncThreshold(String text) {
        return parse("syncThreshold", text, SyncThreshold::parse);
    }

    Duration wait(String parameter, String text) {
        return parse(parameter, text, VerifyOptions::duration);
    }

    private <T> T parse(String parameter, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (ConfigurationException e) {
            throw new ConfigurationException(step + " parameter " + parameter + ": " + e.getMessage(), e);
        }
    }

    /** Reads arguments the way a step fails on bad input: with the message, no stack trace. */
    static <T> T asStepFailure(Callable<T> reading) throws Exception {
        try {
            return reading.call();
        } catch (ConfigurationException e) {
            throw new AbortException(ConsoleText.lines(e.getMessage()));
        }
    }
}
