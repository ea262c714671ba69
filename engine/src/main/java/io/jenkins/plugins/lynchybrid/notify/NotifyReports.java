package io.jenkins.plugins.lynchybrid.notify;

import io.jenkins.plugins.lynchybrid.report.Html;
import io.jenkins.plugins.lynchybrid.report.HtmlPage;
import io.jenkins.plugins.lynchybrid.report.JUnitReport;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** notify.json, notify-junit.xml (one testcase per user) and a self-contained notify.html. */
public final class NotifyReports {
    public static final String JSON = "notify.json";
    public static final String JUNIT = "notify-junit.xml";
    public static final String HTML = "notify.html";

    private NotifyReports() {}

    public static void write(Path directory, NotifyResult result) throws IOException {
        ReportFiles.writeJson(directory, JSON, json(result));
        JUnitReport.write(
                directory,
                JUNIT,
                "notify",
                result.outcomes().stream().map(NotifyReports::testCase).toList());
        ReportFiles.writeText(directory, HTML, html(result));
    }

    private static Map<String, Object> json(NotifyResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("policy", result.policy());
        for (NotifyOutcome.Status status : NotifyOutcome.Status.values()) {
            json.put(status.name().toLowerCase(Locale.ROOT), result.count(status));
        }
        json.put(
                "users",
                result.outcomes().stream()
                        .map(o -> Map.of(
                                "user",
                                o.user(),
                                "status",
                                o.status().name().toLowerCase(Locale.ROOT),
                                "reason",
                                o.reason()))
                        .toList());
        return json;
    }

    private static JUnitReport.TestCase testCase(NotifyOutcome outcome) {
        JUnitReport.Outcome junit =
                switch (outcome.status()) {
                    case NOTIFIED -> JUnitReport.Outcome.PASSED;
                    case SKIPPED -> JUnitReport.Outcome.SKIPPED;
                    case FAILED -> JUnitReport.Outcome.FAILED;
                };
        return new JUnitReport.TestCase("notify.User", outcome.user(), 0, junit, outcome.reason(), null);
    }

    private static String html(NotifyResult result) {
        return new HtmlPage("Teams upgrade notification")
                .paragraph(result.summary(), "")
                .tiles(List.of(
                        HtmlPage.Tile.count("notified", result.count(NotifyOutcome.Status.NOTIFIED), "pass"),
                        HtmlPage.Tile.count("skipped", result.count(NotifyOutcome.Status.SKIPPED), "skip"),
                        HtmlPage.Tile.count("failed", result.count(NotifyOutcome.Status.FAILED), "fail")))
                .table(
                        List.of("user", "status", "reason"),
                        result.outcomes().stream()
                                .map(o -> List.of(
                                        Html.escape(o.user()),
                                        Html.escape(o.status().name().toLowerCase(Locale.ROOT)),
                                        Html.escape(o.reason())))
                                .toList())
                .render();
    }
}
