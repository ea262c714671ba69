package io.jenkins.plugins.lynchybrid.users;

/** A line of a user source that cannot be used: where it is and what is wrong with it. */
public record SourceProblem(String location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
