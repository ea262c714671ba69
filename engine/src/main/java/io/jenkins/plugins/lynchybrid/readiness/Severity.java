package io.jenkins.plugins.lynchybrid.readiness;

/** What an unmet check costs: {@code ERROR} breaks the hybrid (FAIL), {@code WARNING} limits it (WARN). */
public enum Severity {
    ERROR,
    WARNING;

    Status unmetStatus() {
        return this == ERROR ? Status.FAIL : Status.WARN;
    }
}
