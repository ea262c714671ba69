package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.report.Html;
import io.jenkins.plugins.lynchybrid.report.HtmlPage;
import io.jenkins.plugins.lynchybrid.shell.CommandLine;
import java.util.ArrayList;
import java.util.List;

/** The configure report as a self-contained HTML page: status tiles, the plan, each change's outcome. */
public final class ConfigureHtml {
    private ConfigureHtml() {}

    public static String render(ConfigureResult result) {
        HtmlPage page = new HtmlPage("Hybrid configuration: " + result.site());
        page.heading(1, "Hybrid configuration: " + result.site());
        section(page, result);
        return page.render();
    }

    /** Appends the configure section to a page, for reports that combine several capabilities. */
    public static void section(HtmlPage page, ConfigureResult result) {
        page.tiles(tiles(result));
        result.error().ifPresent(e -> page.paragraph(e, "fail"));
        result.plan().ifPresent(plan -> {
            page.heading(2, "Plan (" + ConfigureText.flowName(plan.flow()) + ")");
            if (plan.isEmpty()) {
                page.paragraph("No changes: the hybrid configuration is as desired.", "pass");
            } else {
                page.table(List.of("#", "Change", "Command"), planRows(plan));
            }
        });
        result.apply().ifPresent(apply -> {
            page.heading(2, "Apply");
            page.table(List.of("Status", "Change", "Message"), outcomeRows(apply));
            apply.replication().ifPresent(r -> page.paragraph(r.summary() + ".", r.upToDate() ? "pass" : "fail"));
        });
        result.remaining().filter(r -> !r.isEmpty()).ifPresent(r -> {
            page.heading(2, "Still different after apply");
            page.table(List.of("#", "Change", "Command"), planRows(r));
        });
    }

    private static List<HtmlPage.Tile> tiles(ConfigureResult result) {
        String css =
                switch (result.status()) {
                    case CONVERGED -> "pass";
                    case PLANNED -> "warn";
                    case FAILED -> "fail";
                };
        List<HtmlPage.Tile> tiles = new ArrayList<>();
        tiles.add(new HtmlPage.Tile("status", result.status().name(), css));
        result.plan()
                .ifPresent(p ->
                        tiles.add(HtmlPage.Tile.count("planned", p.changes().size(), "skip")));
        result.apply().ifPresent(a -> {
            tiles.add(HtmlPage.Tile.count("applied", a.count(ChangeOutcome.Status.APPLIED), "pass"));
            long failed = a.count(ChangeOutcome.Status.FAILED) + a.count(ChangeOutcome.Status.OUTCOME_UNKNOWN);
            tiles.add(HtmlPage.Tile.count("failed", failed, "fail"));
            tiles.add(HtmlPage.Tile.count("not attempted", a.count(ChangeOutcome.Status.NOT_ATTEMPTED), "warn"));
        });
        return tiles;
    }

    private static List<List<String>> planRows(Plan plan) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < plan.changes().size(); i++) {
            Change change = plan.changes().get(i);
            rows.add(List.of(
                    String.valueOf(i + 1),
                    Html.escape(ChangeText.summary(change)),
                    "<code>" + Html.command(CommandLine.of(change.call())) + "</code>"));
        }
        return rows;
    }

    private static List<List<String>> outcomeRows(ApplyOutcome apply) {
        return apply.changes().stream()
                .map(o -> List.of(
                        "<span class=\"status " + css(o.status()) + "\">"
                                + Html.escape(o.status().name()) + "</span>",
                        Html.escape(ChangeText.summary(o.change())),
                        Html.escape(o.message().orElse(""))))
                .toList();
    }

    private static String css(ChangeOutcome.Status status) {
        return switch (status) {
            case APPLIED -> "pass";
            case FAILED, OUTCOME_UNKNOWN -> "fail";
            case NOT_ATTEMPTED -> "skip";
        };
    }
}
