package io.jenkins.plugins.lynchybrid.move;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.report.Html;
import io.jenkins.plugins.lynchybrid.report.HtmlPage;
import io.jenkins.plugins.lynchybrid.report.JUnitReport;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import io.jenkins.plugins.lynchybrid.users.SourceProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a {@link MoveResult} as moves.json, moves-junit.xml (one testcase per user) and moves.html. */
public final class MoveReports {
    public static final String JSON_FILE = "moves.json";
    public static final String JUNIT_FILE = "moves-junit.xml";
    public static final String HTML_FILE = "moves.html";

    private MoveReports() {}

    public static List<Path> write(MoveResult result, Path directory) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(ReportFiles.writeJson(directory, JSON_FILE, json(result)));
        written.add(JUnitReport.write(
                directory,
                JUNIT_FILE,
                "lync-hybrid move " + result.target().id(),
                result.wallTime(),
                testCases(result)));
        written.add(ReportFiles.writeText(directory, HTML_FILE, html(result)));
        return written;
    }

    /**
     * A few lines for a console or build log: counts, time, why the job stopped early if it did, warnings. Text from
     * hosts in them is shown safe ({@link ConsoleText#line}), so the plugin's log gets it so too.
     */
    public static String summary(MoveResult result) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%s %s: %d moved, %d skipped, %d failed%s%s in %.1f s (peak %d moves at once)%n",
                result.dryRun() ? "dry run, to" : "moved to",
                result.target().id(),
                result.count(UserOutcome.Status.MOVED),
                result.count(UserOutcome.Status.SKIPPED),
                result.count(UserOutcome.Status.FAILED),
                result.dryRun() ? ", " + result.count(UserOutcome.Status.WOULD_MOVE) + " would move" : "",
                result.sourceProblems().isEmpty()
                        ? ""
                        : ", " + result.sourceProblems().size() + " bad lines",
                result.wallTime().toMillis() / 1000.0,
                result.peakParallelism()));
        result.stop().ifPresent(stop -> {
            text.append("stopped early: ")
                    .append(ConsoleText.line(stop.reason()))
                    .append("; ")
                    .append(result.notAttempted())
                    .append(" users not attempted")
                    .append(System.lineSeparator());
            stop.causes()
                    .forEach(cause -> text.append("  cause: ")
                            .append(ConsoleText.line(cause))
                            .append(System.lineSeparator()));
        });
        result.warnings()
                .forEach(warning -> text.append("warning: ")
                        .append(ConsoleText.line(warning))
                        .append(System.lineSeparator()));
        return text.toString();
    }

    static ObjectNode json(MoveResult result) {
        ObjectNode root = ReportFiles.json().createObjectNode();
        root.put("target", result.target().id());
        root.put("dryRun", result.dryRun());
        root.put("startedAt", result.startedAt().toString());
        root.put("finishedAt", result.finishedAt().toString());
        root.put("wallSeconds", result.wallTime().toMillis() / 1000.0);
        root.put("peakParallelism", result.peakParallelism());
        ObjectNode counts = root.putObject("counts");
        for (UserOutcome.Status status : UserOutcome.Status.values()) {
            counts.put(status.id(), result.count(status));
        }
        counts.put("notAttempted", result.notAttempted());
        counts.put("badLines", result.sourceProblems().size());
        result.stop().ifPresent(stop -> {
            root.put("stoppedEarly", stop.reason());
            root.put("stopKind", stop.kind().name().toLowerCase(Locale.ROOT));
            stop.causes().forEach(root.putArray("stopCauses")::add);
        });
        result.notAttemptedUsers().forEach(root.putArray("notAttempted")::add);
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        ArrayNode users = root.putArray("users");
        for (UserOutcome o : result.outcomes()) {
            ObjectNode user = users.addObject();
            user.put("user", o.user());
            user.put("identity", o.identity());
            user.put("status", o.status().id());
            user.put("reason", o.reason());
            user.put("attempts", o.attempts());
            user.put("ms", o.millis());
            user.put("finishedAt", o.finishedAt().toString());
        }
        ArrayNode problems = root.putArray("badLines");
        for (SourceProblem p : result.sourceProblems()) {
            problems.addObject().put("location", p.location()).put("message", p.message());
        }
        return root;
    }

    private static List<JUnitReport.TestCase> testCases(MoveResult result) {
        String className = "lync-hybrid.move." + result.target().id();
        List<JUnitReport.TestCase> cases = new ArrayList<>();
        for (UserOutcome o : result.outcomes()) {
            JUnitReport.Outcome outcome =
                    switch (o.status()) {
                        case FAILED -> JUnitReport.Outcome.FAILED;
                        case SKIPPED -> JUnitReport.Outcome.SKIPPED;
                        case MOVED, WOULD_MOVE -> JUnitReport.Outcome.PASSED;
                    };
            cases.add(new JUnitReport.TestCase(
                    className, o.identity(), o.millis() / 1000.0, outcome, o.reason(), attemptsLine(o)));
        }
        for (SourceProblem p : result.sourceProblems()) {
            cases.add(new JUnitReport.TestCase(
                    className + ".input", p.location(), 0, JUnitReport.Outcome.FAILED, p.message(), null));
        }
        return cases;
    }

    static String html(MoveResult result) {
        HtmlPage page =
                new HtmlPage("lync-hybrid: move users " + result.target().id());
        page.heading(
                1,
                (result.dryRun() ? "Dry run: move users " : "Move users ")
                        + result.target().id());
        page.paragraph(summary(result).strip(), "muted");
        page.tiles(List.of(
                HtmlPage.Tile.count("moved", result.count(UserOutcome.Status.MOVED), "pass"),
                HtmlPage.Tile.count("would move", result.count(UserOutcome.Status.WOULD_MOVE), "pass"),
                HtmlPage.Tile.count("skipped", result.count(UserOutcome.Status.SKIPPED), "skip"),
                HtmlPage.Tile.count("failed", result.count(UserOutcome.Status.FAILED), "fail"),
                HtmlPage.Tile.count("bad lines", result.sourceProblems().size(), "warn"),
                HtmlPage.Tile.count("not attempted", result.notAttempted(), "warn")));
        page.heading(2, "Throughput");
        page.raw(ThroughputChart.svg(result.startedAt(), result.finishedAt(), result.outcomes(), result.timeline()));
        outcomeTable(
                page, "Failed users", List.of("user", "reason and fix", "attempts"), result, UserOutcome.Status.FAILED);
        if (!result.sourceProblems().isEmpty()) {
            page.heading(2, "Lines of the user list that could not be used");
            page.table(
                    List.of("where", "what is wrong"),
                    result.sourceProblems().stream()
                            .map(p ->
                                    List.of("<code>" + Html.escape(p.location()) + "</code>", Html.escape(p.message())))
                            .toList());
        }
        outcomeTable(page, "Skipped users", List.of("user", "reason", "attempts"), result, UserOutcome.Status.SKIPPED);
        return page.render();
    }

    private static void outcomeTable(
            HtmlPage page, String title, List<String> headers, MoveResult result, UserOutcome.Status status) {
        page.heading(2, title);
        List<List<String>> rows = rows(result, status);
        if (rows.isEmpty()) {
            page.paragraph("None.", "muted");
        } else {
            page.table(headers, rows);
        }
    }

    private static List<List<String>> rows(MoveResult result, UserOutcome.Status status) {
        return result.outcomes().stream()
                .filter(o -> o.status() == status)
                .map(o -> List.of(
                        "<code>" + Html.escape(o.identity()) + "</code>",
                        Html.escape(o.reason()),
                        String.valueOf(o.attempts())))
                .toList();
    }

    private static String attemptsLine(UserOutcome o) {
        return o.attempts() + " attempt(s), " + o.millis() + " ms";
    }
}
