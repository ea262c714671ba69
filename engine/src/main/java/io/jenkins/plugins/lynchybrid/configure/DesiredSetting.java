package io.jenkins.plugins.lynchybrid.configure;

import java.util.Objects;

/**
 * One property the hybrid needs, and how to set it: through the Set- parameter of the same name (the Planner
 * chooses the call, e.g. partner discovery goes with DNS SRV routing).
 *
 * @param property the name the Get- cmdlet reports
 * @param value the value it must report (a Boolean or a String); compared case-insensitively by text, as
 *     PowerShell compares enum names and host names, and because older hosts send booleans as "True"
 * @param parameter the Set- cmdlet's parameter that changes it
 * @param argument the value that parameter takes ({@code true} for a switch)
 */
public record DesiredSetting(String property, Object value, String parameter, Object argument) {

    public DesiredSetting {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(argument, "argument");
    }

    /** A property set through the parameter of the same name, to the value it reads back as. */
    public static DesiredSetting of(String property, Object value) {
        return new DesiredSetting(property, value, property, value);
    }

    public boolean isSatisfiedBy(Object current) {
        return current != null && value.toString().equalsIgnoreCase(current.toString());
    }
}
