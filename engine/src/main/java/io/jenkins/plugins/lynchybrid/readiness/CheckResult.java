package io.jenkins.plugins.lynchybrid.readiness;

import java.time.Duration;

/** One check's result in one run: the row of every report. */
public record CheckResult(
        String id,
        String title,
        Category category,
        Severity severity,
        Status status,
        String evidence,
        String remediation,
        Duration duration) {

    static CheckResult of(Check check, Status status, String evidence, String remediation, Duration duration) {
        return new CheckResult(
                check.id(), check.title(), check.category(), check.severity(), status, evidence, remediation, duration);
    }
}
