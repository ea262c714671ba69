package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The four renderings of one result model. */
class ReadinessReportsTest {
    private static final ReadinessReport REPORT = new ReadinessReport(
            "contoso",
            Instant.parse("2026-11-22T17:00:00Z"),
            Duration.ofMillis(912),
            List.of(
                    result("tenant.sign-in", Status.PASS, "organization Contoso", ""),
                    result(
                            "onprem.hosting-provider",
                            Status.FAIL,
                            "no hosting provider has ProxyFqdn sipfed.online.lync.com; present: <script>alert(1)</script>",
                            "New-CsHostingProvider -Identity LyncOnline -ProxyFqdn sipfed.online.lync.com"),
                    result("onprem.server-build", Status.WARN, "5.0.8308.977", "Install the latest CU"),
                    result("users.synced", Status.SKIPPED, "no user list given", "")),
            List.of(new FetchTiming("graph organization", Duration.ofMillis(640))));

    @TempDir
    Path dir;

    private static CheckResult result(String id, Status status, String evidence, String remediation) {
        Category category = id.startsWith("tenant")
                ? Category.TENANT
                : id.startsWith("users") ? Category.USERS : Category.ON_PREMISES;
        return new CheckResult(
                id,
                "title of " + id,
                category,
                Severity.ERROR,
                status,
                evidence,
                "why " + id + " matters",
                remediation,
                Duration.ofMillis(5));
    }

    @Test
    void writesTheThreeFilesIntoTheReportDirectory() throws IOException {
        List<Path> files = ReadinessReports.write(REPORT, FailOn.FAIL, dir);

        assertEquals(
                List.of(
                        dir.resolve("readiness.json"),
                        dir.resolve("readiness-junit.xml"),
                        dir.resolve("readiness.html")),
                files);
        files.forEach(f -> assertTrue(Files.isRegularFile(f), f + " missing"));
    }

    @Test
    void jsonCarriesTheVerdictCountsAndEachCheckWithItsRemediation() throws IOException {
        ReadinessReports.write(REPORT, FailOn.FAIL, dir);
        JsonNode json =
                ReportFiles.json().readTree(dir.resolve("readiness.json").toFile());

        assertFalse(json.get("ready").asBoolean());
        assertEquals(1, json.at("/counts/fail").asInt());
        assertEquals(4, json.get("checks").size());
        assertEquals("fail", json.at("/checks/1/status").asText());
        assertTrue(json.at("/checks/1/remediation").asText().startsWith("New-CsHostingProvider"));
    }

    @Test
    void junitHasOneTestcasePerCheckFailuresAsFailuresSkipsAsSkippedWarningsAsPassed() throws Exception {
        ReadinessReports.write(REPORT, FailOn.FAIL, dir);
        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(dir.resolve("readiness-junit.xml").toFile());
        NodeList cases = xml.getElementsByTagName("testcase");

        assertEquals(4, cases.getLength());
        assertEquals(
                1, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
        assertEquals(0, ((Element) cases.item(2)).getChildNodes().getLength());
        assertEquals(
                1, ((Element) cases.item(3)).getElementsByTagName("skipped").getLength());
        assertEquals("readiness.onprem", ((Element) cases.item(1)).getAttribute("classname"));
    }

    @Test
    void htmlIsSelfContainedAndEscapesEvidence() {
        String html = ReadinessHtml.render(REPORT, FailOn.FAIL);

        assertFalse(html.contains("<script>"), "evidence must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external assets");
        assertTrue(html.contains("NOT READY"));
    }

    @Test
    void aWarningBlocksOnlyWhenFailingOnWarnings() {
        ReadinessReport warningOnly = new ReadinessReport(
                "contoso",
                REPORT.startedAt(),
                REPORT.wall(),
                List.of(REPORT.results().get(2)),
                List.of());

        assertTrue(warningOnly.ready(FailOn.FAIL));
        assertFalse(warningOnly.ready(FailOn.WARN));
    }

    @Test
    void consoleListsEveryCheckThenTheFixesInOrderThenTheVerdict() {
        String text = ReadinessConsole.render(REPORT, FailOn.FAIL);

        assertTrue(text.contains("FAIL    onprem.hosting-provider"), text);
        assertTrue(
                text.contains(
                        "To fix, in this order:\n1. FAIL onprem.hosting-provider: why onprem.hosting-provider matters\n"
                                + "     found: no hosting provider has ProxyFqdn sipfed.online.lync.com"),
                text);
        assertTrue(text.contains("\n     New-CsHostingProvider"), text);
        assertTrue(text.contains("2. WARN onprem.server-build"), text);
        assertTrue(text.strip().endsWith("1 passed, 1 warnings, 1 failed, 1 skipped: NOT READY"), text);
    }

    @Test
    void consoleShowsEveryLineOfAFailuresEvidenceSoTheCauseIsNotCutOff() {
        ReadinessReport report = new ReadinessReport(
                "contoso",
                REPORT.startedAt(),
                REPORT.wall(),
                List.of(result(
                        "onprem.management-shell",
                        Status.FAIL,
                        "the shell host exited before it was ready\nError: Could not find or load main class X\n"
                                + "Caused by: java.lang.ClassNotFoundException: X",
                        "Check shell.command")),
                List.of());

        String text = ReadinessConsole.render(report, FailOn.FAIL);

        assertTrue(text.contains("found: Caused by: java.lang.ClassNotFoundException: X"), text);
    }

    @Test
    void htmlOpensWithWhatToFixBeforeThePassedChecks() {
        String html = ReadinessHtml.render(REPORT, FailOn.FAIL);

        int fixList = html.indexOf("Fix these first, in this order");
        assertTrue(fixList > 0, html);
        assertTrue(fixList < html.indexOf("tenant.sign-in"), "the list comes before the passed checks");
        assertTrue(
                html.indexOf("onprem.hosting-provider", fixList) < html.indexOf("onprem.server-build", fixList),
                "failures before warnings");
        assertTrue(html.contains("<pre><span class=\"word\">New-CsHostingProvider</span> "), html);
    }

    @Test
    void theBannerSaysInWordsWhatBlocksTheGate() {
        String html = ReadinessHtml.render(REPORT, FailOn.FAIL);

        assertTrue(html.contains("NOT READY: 1 check blocks the gate (failures block the gate)"), html);
        assertFalse(html.contains("failing on fail"), html);
    }

    @Test
    void commandsInTheReportWrapOnlyAtSpaces() {
        String html = ReadinessHtml.render(REPORT, FailOn.FAIL);

        assertFalse(html.contains("word-break:break-all"), "a command broken mid-word cannot be copied");
        assertTrue(html.contains("overflow-wrap:normal"), html);
        assertTrue(
                html.contains(
                        "<span class=\"word\">-ProxyFqdn</span> <span class=\"word\">sipfed.online.lync.com</span>"),
                "each word of a command stays on one line, hyphenated options too");
        assertTrue(html.contains(".word{white-space:nowrap}"), html);
    }

    @Test
    void aZeroCountTileIsNeutralNotRed() {
        ReadinessReport allPass = new ReadinessReport(
                "contoso",
                REPORT.startedAt(),
                REPORT.wall(),
                List.of(REPORT.results().get(0)),
                List.of());

        String html = ReadinessHtml.render(allPass, FailOn.FAIL);

        assertTrue(html.contains("<div class=\"tile zero\"><b>0</b>failed</div>"), html);
        assertTrue(html.contains("<div class=\"tile pass\"><b>1</b>passed</div>"), html);
    }

    @Test
    void theCheckHoldingBackMostOthersComesFirst() {
        ReadinessReport report = new ReadinessReport(
                "contoso",
                REPORT.startedAt(),
                REPORT.wall(),
                List.of(
                        result("tenant.sign-in", Status.FAIL, "refused", "Check the password"),
                        result("onprem.management-shell", Status.FAIL, "host died", "Check shell.command"),
                        result(
                                "onprem.hosting-provider",
                                Status.SKIPPED,
                                "prerequisite failed",
                                FixFirst.remediationBehind("onprem.management-shell")),
                        result(
                                "onprem.edge",
                                Status.SKIPPED,
                                "prerequisite skipped",
                                FixFirst.remediationBehind("onprem.hosting-provider"))),
                List.of());

        List<CheckResult> order = FixFirst.order(report);

        assertEquals(
                List.of("onprem.management-shell", "tenant.sign-in"),
                order.stream().map(CheckResult::id).toList());
        assertEquals(2, FixFirst.heldBackBy(report, order.get(0)));
    }

    @Test
    void aFailedCheckSaysWhyItMattersBesideItsFix() throws IOException {
        ReadinessReports.write(REPORT, FailOn.FAIL, dir);

        String html = Files.readString(dir.resolve("readiness.html"));
        String json = Files.readString(dir.resolve("readiness.json"));

        REPORT.results().stream().filter(r -> r.status() == Status.FAIL).forEach(r -> {
            assertTrue(html.contains("why " + r.id() + " matters"), r.id());
            assertTrue(json.contains("\"why\" : \"why " + r.id() + " matters\""), r.id());
        });
    }
}
