package io.jenkins.plugins.lynchybrid.graph;

import java.util.Optional;

/**
 * Whether a user's usage location lets a licence be assigned. Graph documents {@code usageLocation} as "a
 * two-letter country code (ISO standard 3166)" (microsoft-graph-docs-contrib api-reference/v1.0/resources/
 * user.md) and returns it as null when unset; an empty string is no better. Readiness and the move's pre-check
 * both judge with this class, so they never disagree.
 */
public final class UsageLocation {
    private UsageLocation() {}

    /** Why the user's usage location cannot carry a licence; empty when it can. */
    public static Optional<String> problem(GraphUser user) {
        Optional<String> value = user.usageLocation();
        if (value.isEmpty()) {
            return Optional.of("no usage location (usageLocation is null)");
        }
        String code = value.get().trim();
        if (code.isEmpty()) {
            return Optional.of("no usage location (usageLocation is empty)");
        }
        return code.matches("[A-Za-z]{2}")
                ? Optional.empty()
                : Optional.of("usageLocation '" + value.get() + "' is not a two-letter ISO 3166 country code");
    }
}
