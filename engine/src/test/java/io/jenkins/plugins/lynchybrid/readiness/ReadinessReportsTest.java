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
                id, "title of " + id, category, Severity.ERROR, status, evidence, remediation, Duration.ofMillis(5));
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
    void consoleListsEveryCheckThenTheFixesThenTheVerdict() {
        String text = ReadinessConsole.render(REPORT, FailOn.FAIL);

        assertTrue(text.contains("FAIL    onprem.hosting-provider"), text);
        assertTrue(text.contains("To fix:\n  onprem.hosting-provider:\n    New-CsHostingProvider"), text);
        assertTrue(text.strip().endsWith("1 passed, 1 warnings, 1 failed, 1 skipped: NOT READY"), text);
    }
}
