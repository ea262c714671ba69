package io.jenkins.plugins.lynchybrid.readiness;

import java.time.Duration;

/**
 * One check's result in one run: the row of every report. {@code why} is what goes wrong in the hybrid while
 * the requirement does not hold, so a failed gate says what is wrong, why it matters and what fixes it.
 */
public record CheckResult(
        String id,
        String title,
        Category category,
        Severity severity,
        Status status,
        String evidence,
        String why,
        String remediation,
        Duration duration) {

    static CheckResult of(Check check, Status status, String evidence, String remediation, Duration duration) {
        return new CheckResult(
                check.id(),
                check.title(),
                check.category(),
                check.severity(),
                status,
                evidence,
                check.why(),
                remediation,
                duration);
    }
}
