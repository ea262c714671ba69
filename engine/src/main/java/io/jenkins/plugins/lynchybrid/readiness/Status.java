package io.jenkins.plugins.lynchybrid.readiness;

/** A check's outcome in one run. */
public enum Status {
    PASS,
    WARN,
    FAIL,
    SKIPPED
}
