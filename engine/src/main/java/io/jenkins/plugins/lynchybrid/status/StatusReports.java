package io.jenkins.plugins.lynchybrid.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.report.Html;
import io.jenkins.plugins.lynchybrid.report.HtmlPage;
import io.jenkins.plugins.lynchybrid.report.JUnitReport;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link StatusResult} as status.json, status-junit.xml (a testcase per wave, and a failed one per failure
 * cluster) and status.html: self-contained, no script, readable unstyled.
 */
public final class StatusReports {
    public static final String JSON_FILE = "status.json";
    public static final String JUNIT_FILE = "status-junit.xml";
    public static final String HTML_FILE = "status.html";

    private StatusReports() {}

    public static List<Path> write(StatusResult result, Path directory) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(ReportFiles.writeJson(directory, JSON_FILE, json(result)));
        written.add(JUnitReport.write(directory, JUNIT_FILE, "lync-hybrid status", Duration.ZERO, testCases(result)));
        written.add(ReportFiles.writeText(directory, HTML_FILE, html(result)));
        return written;
    }

    public static String summary(StatusResult r) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%d waves: %d moved (%d verified, %d pending), %d failed; live: %d online, %d still on-premises%n",
                r.waves().size(),
                r.moved(),
                r.verified(),
                r.pending(),
                r.failed(),
                r.online(),
                r.onPremises()));
        text.append(estimate(r)).append(System.lineSeparator());
        for (FailureCluster c : r.clusters()) {
            text.append(String.format(
                    Locale.ROOT,
                    "failure x%d in %s: %s%n",
                    c.users(),
                    String.join(", ", c.waves()),
                    ConsoleText.line(c.cause())));
        }
        r.notes().forEach(n -> text.append("note: ").append(ConsoleText.line(n)).append(System.lineSeparator()));
        return text.toString();
    }

    static String estimate(StatusResult r) {
        if (r.onPremises() == 0) {
            return "nobody is left on-premises";
        }
        if (r.usersPerHour().isEmpty() || r.timeLeft().isEmpty()) {
            return r.onPremises() + " users left on-premises; no rate measured yet (no wave moved anyone)";
        }
        return String.format(
                Locale.ROOT,
                "%d users left on-premises: about %s at the measured %,.0f users per hour",
                r.onPremises(),
                words(r.timeLeft().get()),
                r.usersPerHour().get());
    }

    static String words(Duration d) {
        long minutes = Math.max(1, d.toMinutes());
        if (minutes < 120) {
            return minutes + " min";
        }
        long hours = Math.round(minutes / 60.0);
        return hours < 48 ? hours + " h" : Math.round(hours / 24.0) + " days of moving";
    }

    static ObjectNode json(StatusResult r) {
        ObjectNode root = ReportFiles.json().createObjectNode();
        root.put("site", r.site());
        root.put("generatedAt", r.generatedAt().toString());
        ObjectNode counts = root.putObject("counts");
        counts.put("moved", r.moved());
        counts.put("verified", r.verified());
        counts.put("pending", r.pending());
        counts.put("failed", r.failed());
        counts.put("online", r.online());
        counts.put("onPremises", r.onPremises());
        ObjectNode meetings = root.putObject("meetingMigrations");
        r.meetingMigrations().forEach(meetings::put);
        r.usersPerHour().ifPresent(v -> root.put("usersPerHour", v));
        r.timeLeft().ifPresent(v -> root.put("timeLeftSeconds", v.toSeconds()));
        root.put("estimate", estimate(r));
        ArrayNode waves = root.putArray("waves");
        for (WaveSummary w : r.waves()) {
            ObjectNode wave = waves.addObject()
                    .put("name", w.name())
                    .put("journal", w.journal().toString())
                    .put("moved", w.moved())
                    .put("verified", w.verified())
                    .put("pending", w.pending())
                    .put("failed", w.failed());
            w.begun().ifPresent(v -> wave.put("begun", v.toString()));
            w.lastOutcome().ifPresent(v -> wave.put("lastOutcome", v.toString()));
            w.usersPerHour().ifPresent(v -> wave.put("usersPerHour", v));
        }
        ArrayNode clusters = root.putArray("failureClusters");
        for (FailureCluster c : r.clusters()) {
            ObjectNode cluster = clusters.addObject()
                    .put("cause", c.cause())
                    .put("fix", c.fix())
                    .put("example", c.example())
                    .put("users", c.users());
            c.waves().forEach(cluster.putArray("waves")::add);
        }
        r.notes().forEach(root.putArray("notes")::add);
        return root;
    }

    private static List<JUnitReport.TestCase> testCases(StatusResult r) {
        List<JUnitReport.TestCase> cases = new ArrayList<>();
        for (WaveSummary w : r.waves()) {
            cases.add(new JUnitReport.TestCase(
                    "lync-hybrid.status.wave", w.name(), 0, JUnitReport.Outcome.PASSED, "", null));
        }
        for (FailureCluster c : r.clusters()) {
            cases.add(new JUnitReport.TestCase(
                    "lync-hybrid.status.failure",
                    c.cause(),
                    0,
                    JUnitReport.Outcome.FAILED,
                    c.users() + " users in " + String.join(", ", c.waves()),
                    c.fix().isEmpty() ? c.example() : "fix: " + c.fix() + "\nexample: " + c.example()));
        }
        return cases;
    }

    static String html(StatusResult r) {
        HtmlPage page = new HtmlPage("lync-hybrid: migration status of " + r.site());
        page.heading(1, "Migration status: " + r.site());
        page.paragraph(
                "As of " + r.generatedAt() + ", from " + r.waves().size()
                        + " wave journals and the deployment's live state.",
                "muted");
        page.tiles(List.of(
                HtmlPage.Tile.count("moved", r.moved(), "pass"),
                HtmlPage.Tile.count("verified", r.verified(), "pass"),
                HtmlPage.Tile.count("pending", r.pending(), "warn"),
                HtmlPage.Tile.count("failed", r.failed(), "fail"),
                HtmlPage.Tile.count("still on-premises", r.onPremises(), "skip"),
                HtmlPage.Tile.count("online now", r.online(), "pass")));
        page.paragraph(estimate(r), "");
        page.heading(2, "Throughput per wave");
        page.raw(WaveChart.svg(r.waves()));
        page.table(
                List.of("wave", "moved", "verified", "pending", "failed", "users per hour"),
                r.waves().stream()
                        .map(w -> List.of(
                                Html.escape(w.name()),
                                String.valueOf(w.moved()),
                                String.valueOf(w.verified()),
                                String.valueOf(w.pending()),
                                String.valueOf(w.failed()),
                                w.usersPerHour()
                                        .map(v -> String.format(Locale.ROOT, "%,.0f", v))
                                        .orElse("—")))
                        .toList());
        page.heading(2, "Failures by cause");
        if (r.clusters().isEmpty()) {
            page.paragraph("None.", "muted");
        } else {
            page.table(
                    List.of("cause", "users", "waves", "fix", "example"),
                    r.clusters().stream()
                            .map(c -> List.of(
                                    Html.escape(c.cause()),
                                    String.valueOf(c.users()),
                                    Html.escape(String.join(", ", c.waves())),
                                    Html.escape(c.fix()),
                                    "<span class=\"muted\">" + Html.escape(c.example()) + "</span>"))
                            .toList());
        }
        if (!r.meetingMigrations().isEmpty()) {
            page.heading(2, "Meeting migrations in the tenant now");
            page.table(
                    List.of("state", "users"),
                    r.meetingMigrations().entrySet().stream()
                            .map(e -> List.of(Html.escape(e.getKey()), String.valueOf(e.getValue())))
                            .toList());
        }
        if (!r.notes().isEmpty()) {
            page.heading(2, "Notes");
            page.table(
                    List.of("note"),
                    r.notes().stream().map(n -> List.of(Html.escape(n))).toList());
        }
        return page.render();
    }
}
