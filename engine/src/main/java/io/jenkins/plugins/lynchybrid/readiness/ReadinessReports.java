package io.jenkins.plugins.lynchybrid.readiness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.report.JUnitReport;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes one run's files: readiness.json, readiness-junit.xml (one testcase per check), readiness.html. */
public final class ReadinessReports {
    public static final String JSON = "readiness.json";
    public static final String JUNIT = "readiness-junit.xml";
    public static final String HTML = "readiness.html";

    private ReadinessReports() {}

    public static List<Path> write(ReadinessReport report, FailOn failOn, Path directory) throws IOException {
        Path json = ReportFiles.writeJson(directory, JSON, toJson(report, failOn));
        Path junit =
                JUnitReport.write(directory, JUNIT, "readiness " + report.site(), report.wall(), testCases(report));
        Path html = ReportFiles.writeText(directory, HTML, ReadinessHtml.render(report, failOn));
        return List.of(json, junit, html);
    }

    static ObjectNode toJson(ReadinessReport report, FailOn failOn) {
        ObjectNode root = ReportFiles.json().createObjectNode();
        root.put("site", report.site());
        root.put("startedAt", report.startedAt().toString());
        root.put("wallMillis", report.wall().toMillis());
        root.put("failOn", failOn.name().toLowerCase(Locale.ROOT));
        root.put("ready", report.ready(failOn));
        ObjectNode counts = root.putObject("counts");
        for (Status status : Status.values()) {
            counts.put(status.name().toLowerCase(Locale.ROOT), report.count(status));
        }
        ArrayNode checks = root.putArray("checks");
        for (CheckResult r : report.results()) {
            ObjectNode node = checks.addObject();
            node.put("id", r.id());
            node.put("title", r.title());
            node.put("category", r.category().prefix());
            node.put("severity", r.severity().name().toLowerCase(Locale.ROOT));
            node.put("status", r.status().name().toLowerCase(Locale.ROOT));
            node.put("evidence", r.evidence());
            node.put("why", r.why());
            node.put("remediation", r.remediation());
            node.put("durationMillis", r.duration().toMillis());
        }
        ArrayNode fetches = root.putArray("fetches");
        for (FetchTiming fetch : report.fetches()) {
            fetches.addObject()
                    .put("what", fetch.what())
                    .put("durationMillis", fetch.duration().toMillis());
        }
        return root;
    }

    /** A warning passes in JUnit terms (it does not break the hybrid); its evidence stays in the HTML/JSON. */
    static List<JUnitReport.TestCase> testCases(ReadinessReport report) {
        return report.results().stream()
                .map(r -> new JUnitReport.TestCase(
                        "readiness." + r.category().prefix(),
                        r.id() + ": " + r.title(),
                        r.duration().toNanos() / 1e9,
                        switch (r.status()) {
                            case FAIL -> JUnitReport.Outcome.FAILED;
                            case SKIPPED -> JUnitReport.Outcome.SKIPPED;
                            case PASS, WARN -> JUnitReport.Outcome.PASSED;
                        },
                        r.evidence(),
                        r.remediation().isEmpty() ? null : r.why() + "\nFix: " + r.remediation()))
                .toList();
    }
}
