package io.jenkins.plugins.lynchybrid.graph;

import java.util.Optional;

/** The answer for one user of a batched look-up: found, not found, or failed with the service's message. */
public record UserLookup(String requested, Optional<GraphUser> user, int status, String error) {
    public static UserLookup found(String requested, GraphUser user) {
        return new UserLookup(requested, Optional.of(user), 200, null);
    }

    public static UserLookup notFound(String requested) {
        return new UserLookup(requested, Optional.empty(), 404, "user not found in the tenant");
    }

    public static UserLookup failed(String requested, int status, String error) {
        return new UserLookup(requested, Optional.empty(), status, error);
    }
}
