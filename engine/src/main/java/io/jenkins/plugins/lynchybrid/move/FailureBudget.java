package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;

/** A count ({@code 5}) or a share ({@code 2%}) of failed users that stops a job early. Unlimited when absent. */
public record FailureBudget(long count, double percent) {
    public static FailureBudget unlimited() {
        return new FailureBudget(Long.MAX_VALUE, -1);
    }

    public static FailureBudget parse(String text) {
        String value = text == null ? "" : text.strip();
        try {
            if (value.endsWith("%")) {
                double percent = Double.parseDouble(
                        value.substring(0, value.length() - 1).strip());
                if (percent < 0 || percent > 100 || Double.isNaN(percent)) {
                    throw new ConfigurationException("'" + text + "' is not a percentage from 0% to 100%");
                }
                return new FailureBudget(-1, percent);
            }
            long count = Long.parseLong(value);
            if (count < 0) {
                throw new ConfigurationException("'" + text + "' is a negative count of failures");
            }
            return new FailureBudget(count, -1);
        } catch (NumberFormatException e) {
            throw new ConfigurationException("'" + text + "' is neither a count (5) nor a percentage (2%)");
        }
    }

    /** Whether {@code failed} failures among {@code total} users exceed the budget. */
    public boolean exceeded(long failed, long total) {
        long allowed = percent >= 0 ? (long) Math.floor(total * percent / 100.0) : count;
        return failed > allowed;
    }

    @Override
    public String toString() {
        return percent >= 0 ? percent + "%" : count == Long.MAX_VALUE ? "unlimited" : String.valueOf(count);
    }
}
