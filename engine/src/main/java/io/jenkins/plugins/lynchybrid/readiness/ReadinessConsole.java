package io.jenkins.plugins.lynchybrid.readiness;

import java.util.List;
import java.util.Locale;

/** The console summary: one line per check, then what to fix in the order to fix it, then the verdict. */
public final class ReadinessConsole {
    private ReadinessConsole() {}

    public static String render(ReadinessReport report, FailOn failOn) {
        StringBuilder out = new StringBuilder();
        out.append("Readiness of ")
                .append(report.site())
                .append(" (")
                .append(report.results().size())
                .append(" checks, ")
                .append(report.wall().toMillis())
                .append(" ms)\n");
        for (CheckResult r : report.results()) {
            out.append(String.format(Locale.ROOT, "  %-7s %-40s %s%n", r.status(), r.id(), firstLine(r.evidence())));
        }
        List<CheckResult> toFix = FixFirst.order(report);
        if (!toFix.isEmpty()) {
            out.append("To fix, in this order:\n");
        }
        int step = 1;
        for (CheckResult r : toFix) {
            out.append(String.format(Locale.ROOT, "%d. %s %s: %s%n", step++, r.status(), r.id(), r.why()));
            // the whole evidence: its first line alone may cut off the cause (a ClassNotFoundException, say)
            r.evidence()
                    .lines()
                    .forEach(line -> out.append("     found: ").append(line).append('\n'));
            r.remediation()
                    .lines()
                    .forEach(line -> out.append("     ").append(line).append('\n'));
        }
        out.append(String.format(
                Locale.ROOT,
                "%d passed, %d warnings, %d failed, %d skipped: %s%n",
                report.count(Status.PASS),
                report.count(Status.WARN),
                report.count(Status.FAIL),
                report.count(Status.SKIPPED),
                report.ready(failOn) ? "READY" : "NOT READY"));
        return out.toString();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }
}
