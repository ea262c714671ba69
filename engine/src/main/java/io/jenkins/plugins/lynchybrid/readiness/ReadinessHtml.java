package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.report.Html;
import io.jenkins.plugins.lynchybrid.report.HtmlPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The self-contained HTML report: verdict, counts, then each category's checks with evidence and fix. */
public final class ReadinessHtml {
    /** Same column widths in every category's table, so the page reads as one list. */
    private static final String COLUMNS = "<style>table{table-layout:fixed}th:nth-child(1){width:6.5em}"
            + "th:nth-child(2){width:23%}th:nth-child(3){width:37%}</style>";

    private ReadinessHtml() {}

    public static String render(ReadinessReport report, FailOn failOn) {
        boolean ready = report.ready(failOn);
        HtmlPage page = new HtmlPage("Readiness: " + report.site());
        page.raw(COLUMNS);
        page.heading(1, "Hybrid readiness: " + report.site());
        page.paragraph(
                (ready ? "READY" : "NOT READY") + " (failing on "
                        + failOn.name().toLowerCase(Locale.ROOT) + "), run at " + report.startedAt() + " in "
                        + report.wall().toMillis() + " ms",
                ready ? "status pass" : "status fail");
        page.tiles(List.of(
                new HtmlPage.Tile("passed", String.valueOf(report.count(Status.PASS)), "pass"),
                new HtmlPage.Tile("warnings", String.valueOf(report.count(Status.WARN)), "warn"),
                new HtmlPage.Tile("failed", String.valueOf(report.count(Status.FAIL)), "fail"),
                new HtmlPage.Tile("skipped", String.valueOf(report.count(Status.SKIPPED)), "skip")));
        for (Category category : Category.values()) {
            List<List<String>> rows = new ArrayList<>();
            for (CheckResult r : report.results()) {
                if (r.category() == category) {
                    rows.add(row(r));
                }
            }
            if (!rows.isEmpty()) {
                page.heading(2, category.title());
                page.table(List.of("Status", "Check", "Evidence", "Fix"), rows);
            }
        }
        return page.render();
    }

    private static List<String> row(CheckResult r) {
        String css =
                switch (r.status()) {
                    case PASS -> "pass";
                    case WARN -> "warn";
                    case FAIL -> "fail";
                    case SKIPPED -> "skip";
                };
        return List.of(
                "<span class=\"status " + css + "\">" + r.status() + "</span>",
                "<b>" + Html.escape(r.title()) + "</b><br><code class=\"muted\">" + Html.escape(r.id()) + "</code>",
                "<pre>" + Html.escape(r.evidence()) + "</pre>",
                r.remediation().isEmpty() ? "" : "<pre>" + Html.escape(r.remediation()) + "</pre>");
    }
}
