package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;

/**
 * How many moves run at once: a fixed number, or {@code auto}, which finds the service's capacity itself and never
 * exceeds {@code maximum}.
 */
public record Parallelism(boolean adaptive, int maximum) {
    public static final int AUTO_MAXIMUM = 64;
    static final int LIMIT = 256;

    public Parallelism {
        if (maximum < 1 || maximum > LIMIT) {
            throw new ConfigurationException("parallel moves " + maximum + " is outside 1.." + LIMIT);
        }
    }

    public static Parallelism fixed(int moves) {
        return new Parallelism(false, moves);
    }

    public static Parallelism auto() {
        return new Parallelism(true, AUTO_MAXIMUM);
    }

    /** {@code auto} or a number of moves; the message of a bad value names the value, the caller names the input. */
    public static Parallelism parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.equalsIgnoreCase("auto")) {
            return auto();
        }
        try {
            return fixed(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new ConfigurationException("'" + text + "' is neither auto nor a number of moves");
        }
    }

    LimitPolicy policy() {
        return adaptive ? new AdaptiveLimit(maximum) : LimitPolicy.fixed(maximum);
    }

    @Override
    public String toString() {
        return adaptive ? "auto (at most " + maximum + ")" : String.valueOf(maximum);
    }
}
