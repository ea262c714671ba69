package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.util.Locale;

/** Which status makes the hybrid "not ready": only failures, or warnings too. */
public enum FailOn {
    FAIL,
    WARN;

    public boolean blocks(Status status) {
        return status == Status.FAIL || (this == WARN && status == Status.WARN);
    }

    public static FailOn parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "fail" -> FAIL;
            case "warn" -> WARN;
            default -> throw new ConfigurationException("'" + text + "' is not one of fail, warn");
        };
    }
}
