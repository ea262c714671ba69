package io.jenkins.plugins.lynchybrid.verify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.journal.UserCompletion;
import io.jenkins.plugins.lynchybrid.journal.UserCompletion.State;
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

/** Renders a {@link VerifyResult} as verify.json, verify-junit.xml (one testcase per user) and verify.html. */
public final class VerifyReports {
    public static final String JSON_FILE = "verify.json";
    public static final String JUNIT_FILE = "verify-junit.xml";
    public static final String HTML_FILE = "verify.html";

    private VerifyReports() {}

    public static List<Path> write(VerifyResult result, Path directory) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(ReportFiles.writeJson(directory, JSON_FILE, json(result)));
        written.add(JUnitReport.write(
                directory,
                JUNIT_FILE,
                "lync-hybrid verify",
                Duration.between(result.startedAt(), result.finishedAt()),
                testCases(result)));
        written.add(ReportFiles.writeText(directory, HTML_FILE, html(result)));
        return written;
    }

    /** One line of counts, then one line per failed user; host text shown safe ({@link ConsoleText#line}). */
    public static String summary(VerifyResult result) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "verified %d, pending %d, failed %d of %d users moved online (%d look(s))%n",
                result.count(State.VERIFIED),
                result.count(State.PENDING),
                result.count(State.FAILED),
                result.users().size(),
                result.rounds()));
        result.users().stream()
                .filter(u -> u.state() == State.FAILED)
                .forEach(u -> text.append("failed: ")
                        .append(ConsoleText.line(u.identity() + ": " + u.reason()))
                        .append(System.lineSeparator()));
        if (result.count(State.PENDING) > 0) {
            text.append("pending users are not failures: run verify again with the same journal later")
                    .append(System.lineSeparator());
        }
        result.notes()
                .forEach(n -> text.append("note: ").append(ConsoleText.line(n)).append(System.lineSeparator()));
        return text.toString();
    }

    static ObjectNode json(VerifyResult result) {
        ObjectNode root = ReportFiles.json().createObjectNode();
        root.put("journal", result.journal().toString());
        root.put("startedAt", result.startedAt().toString());
        root.put("finishedAt", result.finishedAt().toString());
        root.put("looks", result.rounds());
        ObjectNode counts = root.putObject("counts");
        for (State state : State.values()) {
            counts.put(state.id(), result.count(state));
        }
        ArrayNode users = root.putArray("users");
        for (UserCompletion u : result.users()) {
            users.addObject()
                    .put("user", u.user())
                    .put("identity", u.identity())
                    .put("state", u.state().id())
                    .put("mode", u.mode())
                    .put("meetings", u.meetings())
                    .put("reason", u.reason())
                    .put("at", u.at().toString());
        }
        result.notes().forEach(root.putArray("notes")::add);
        return root;
    }

    private static List<JUnitReport.TestCase> testCases(VerifyResult result) {
        return result.users().stream()
                .map(u -> new JUnitReport.TestCase(
                        "lync-hybrid.verify",
                        u.identity(),
                        0,
                        switch (u.state()) {
                            case VERIFIED -> JUnitReport.Outcome.PASSED;
                            case PENDING -> JUnitReport.Outcome.SKIPPED;
                            case FAILED -> JUnitReport.Outcome.FAILED;
                        },
                        u.reason(),
                        null))
                .toList();
    }

    static String html(VerifyResult result) {
        HtmlPage page = new HtmlPage("lync-hybrid: verify the moved users");
        page.heading(1, "Completion after the move");
        page.paragraph(summary(result).strip(), "muted");
        page.tiles(List.of(
                HtmlPage.Tile.count("verified", result.count(State.VERIFIED), "pass"),
                HtmlPage.Tile.count("pending", result.count(State.PENDING), "warn"),
                HtmlPage.Tile.count("failed", result.count(State.FAILED), "fail")));
        for (State state : List.of(State.FAILED, State.PENDING, State.VERIFIED)) {
            page.heading(2, state.id() + " users");
            List<List<String>> rows = result.users().stream()
                    .filter(u -> u.state() == state)
                    .map(u -> List.of(
                            "<code>" + Html.escape(u.identity()) + "</code>",
                            Html.escape(u.mode()),
                            Html.escape(u.meetings()),
                            Html.escape(u.reason())))
                    .toList();
            if (rows.isEmpty()) {
                page.paragraph("None.", "muted");
            } else {
                page.table(List.of("user", "effective mode", "meeting migration", "reason and fix"), rows);
            }
        }
        return page.render();
    }
}
