package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.report.Html;
import io.jenkins.plugins.lynchybrid.report.HtmlPage;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The self-contained HTML report: verdict, what to fix in order with its command, counts, then each category's
 * checks with evidence and fix.
 */
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
        page.paragraph(verdict(report, failOn), ready ? "status pass" : "status fail");
        fixFirst(page, report);
        page.tiles(List.of(
                HtmlPage.Tile.count("passed", report.count(Status.PASS), "pass"),
                HtmlPage.Tile.count("warnings", report.count(Status.WARN), "warn"),
                HtmlPage.Tile.count("failed", report.count(Status.FAIL), "fail"),
                HtmlPage.Tile.count("skipped", report.count(Status.SKIPPED), "skip")));
        for (Category category : Category.values()) {
            List<List<String>> rows = new ArrayList<>();
            for (CheckResult r : report.results()) {
                if (r.category() == category) {
                    rows.add(row(r));
                }
            }
            if (!rows.isEmpty()) {
                page.heading(2, category.title());
                page.table(List.of("Status", "Check", "Evidence", "Why it matters and the fix"), rows);
            }
        }
        return page.render();
    }

    /** Says in words what blocks the gate, instead of an option's spelling ("failing on fail"). */
    static String verdict(ReadinessReport report, FailOn failOn) {
        long blocking =
                report.results().stream().filter(r -> failOn.blocks(r.status())).count();
        String what = failOn == FailOn.WARN ? "failures and warnings block the gate" : "failures block the gate";
        String counted = report.ready(failOn)
                ? "READY: nothing blocks the gate (" + what + ")"
                : "NOT READY: " + blocking + (blocking == 1 ? " check blocks" : " checks block") + " the gate (" + what
                        + ")";
        return counted + "; run at " + report.startedAt().truncatedTo(ChronoUnit.SECONDS) + " in "
                + report.wall().toMillis() + " ms";
    }

    /** The ordered list of what to fix, each with its command, before everything that passed. */
    private static void fixFirst(HtmlPage page, ReadinessReport report) {
        List<CheckResult> toFix = FixFirst.order(report);
        if (toFix.isEmpty()) {
            return;
        }
        StringBuilder list =
                new StringBuilder("<section class=\"fixfirst\"><h2>Fix these first, in this order</h2><ol>");
        for (CheckResult r : toFix) {
            int held = FixFirst.heldBackBy(report, r);
            list.append("<li><span class=\"status ")
                    .append(css(r.status()))
                    .append("\">")
                    .append(r.status())
                    .append("</span> <b>")
                    .append(Html.escape(r.title()))
                    .append("</b> <code class=\"muted\">")
                    .append(Html.escape(r.id()))
                    .append("</code>");
            if (held > 0) {
                list.append(" <span class=\"muted\">(holds back ")
                        .append(held)
                        .append(held == 1 ? " check)" : " checks)")
                        .append("</span>");
            }
            list.append("<br><span class=\"muted\">")
                    .append(Html.escape(firstLine(r.evidence())))
                    .append("</span>");
            if (!r.remediation().isEmpty()) {
                list.append("<pre>").append(Html.command(r.remediation())).append("</pre>");
            }
            list.append("</li>");
        }
        page.raw(list.append("</ol></section>").toString());
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String css(Status status) {
        return switch (status) {
            case PASS -> "pass";
            case WARN -> "warn";
            case FAIL -> "fail";
            case SKIPPED -> "skip";
        };
    }

    private static List<String> row(CheckResult r) {
        return List.of(
                "<span class=\"status " + css(r.status()) + "\">" + r.status() + "</span>",
                "<b>" + Html.escape(r.title()) + "</b><br><code class=\"muted\">" + Html.escape(r.id()) + "</code>",
                "<pre>" + Html.escape(r.evidence()) + "</pre>",
                r.remediation().isEmpty()
                        ? ""
                        : Html.escape(r.why()) + "<pre>" + Html.command(r.remediation()) + "</pre>");
    }
}
