package io.jenkins.plugins.lynchybrid.status;

import static io.jenkins.plugins.lynchybrid.testing.MigrationWaves.key;
import static io.jenkins.plugins.lynchybrid.testing.MigrationWaves.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults.UserFailure;
import io.jenkins.plugins.lynchybrid.testing.MigrationWaves;
import io.jenkins.plugins.lynchybrid.verify.VerifyOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three waves of ten users each on one hybrid of 60: wave 1 with a user the service refuses (fault 507), wave 2 with
 * another 507 and a meeting migration that fails, wave 3 with a second failing meeting migration; then verification
 * of every wave a day later, and the status over the three journals.
 */
class StatusJobTest {
    @TempDir
    static Path dir;

    private static MigrationWaves hybrid;
    private static List<Path> journals;
    private static StatusResult status;

    @BeforeAll
    static void threeWaves() throws Exception {
        hybrid = new MigrationWaves(60);
        hybrid.world()
                .change(w -> w.faults(Faults.none()
                        .withUserFailures(Map.of(
                                key(4), new UserFailure(UserFailure.Kind.FAULT_507, 99),
                                key(13), new UserFailure(UserFailure.Kind.FAULT_507, 99)))));
        hybrid.world().change(w -> {
            w.failMeetingMigration(
                    sip(15),
                    "Mailbox of organizer user00015@contoso.com is not on Exchange Online; 3"
                            + " meetings were not updated");
            w.failMeetingMigration(
                    sip(27),
                    "Mailbox of organizer user00027@contoso.com is not on Exchange Online; 11"
                            + " meetings were not updated");
        });
        journals = List.of(dir.resolve("wave1.jsonl"), dir.resolve("wave2.jsonl"), dir.resolve("wave3.jsonl"));
        hybrid.wave(journals.get(0), 1, 10);
        hybrid.wave(journals.get(1), 11, 20);
        hybrid.wave(journals.get(2), 21, 30);
        hybrid.advance(Duration.ofHours(30));
        for (Path journal : journals) {
            hybrid.verify(journal, VerifyOptions.once());
        }
        status = new StatusJob(hybrid.site(), hybrid.shell()).run(journals);
    }

    @AfterAll
    static void stop() {
        hybrid.close();
    }

    @Test
    void liveCountsEqualTheSimulatorsStateEndpoint() throws Exception {
        JsonNode state = hybrid.state();

        assertEquals(state.path("online").asInt(), status.online());
        assertEquals(state.path("onPremises").asInt(), status.onPremises());
        assertEquals(28, status.online());
        assertEquals(32, status.onPremises());
        int movedBySimulator = 0;
        for (JsonNode user : state.path("users")) {
            movedBySimulator += user.path("moves").asInt() > 0 ? 1 : 0;
        }
        assertEquals(movedBySimulator, status.moved());
    }

    @Test
    void countsMovedVerifiedPendingAndFailedAcrossTheWaves() {
        assertEquals(28, status.moved());
        assertEquals(26, status.verified());
        assertEquals(0, status.pending());
        assertEquals(4, status.failed(), "two refused moves, two failed meeting migrations");
        assertEquals(
                List.of(9, 9, 10),
                status.waves().stream().map(WaveSummary::moved).toList());
        assertEquals(Map.of("Succeeded", 26, "Failed", 2), status.meetingMigrations());
    }

    @Test
    void aCauseSeenInTwoWavesIsOneClusterNamingBoth() {
        List<FailureCluster> licence = status.clusters().stream()
                .filter(c -> c.cause().contains("(<n>)"))
                .toList();
        assertEquals(1, licence.size(), status.clusters().toString());
        assertEquals(List.of("wave1", "wave2"), licence.get(0).waves());
        assertEquals(2, licence.get(0).users());

        List<FailureCluster> meetings = status.clusters().stream()
                .filter(c -> c.cause().startsWith("meeting migration failed"))
                .toList();
        assertEquals(1, meetings.size(), status.clusters().toString());
        FailureCluster meeting = meetings.get(0);
        assertEquals(List.of("wave2", "wave3"), meeting.waves());
        assertFalse(meeting.cause().contains("user000"), meeting.cause());
        assertTrue(meeting.fix().contains("Meeting Migration Tool"), meeting.fix());
        assertEquals(2, status.clusters().size(), status.clusters().toString());
    }

    @Test
    void estimatesTheTimeLeftAtTheMeasuredRate() {
        assertTrue(status.usersPerHour().orElseThrow() > 0);
        double hours = status.timeLeft().orElseThrow().toMillis() / 3_600_000.0;
        assertEquals(32 / status.usersPerHour().orElseThrow(), hours, 0.01);
        assertTrue(StatusReports.estimate(status).startsWith("32 users left on-premises: about "));
    }

    @Test
    void theHtmlReportIsSelfContainedWithoutScriptAndShowsEachClusterOnce() throws Exception {
        // docs/screenshots.sh sets status.reportDir to keep the report it photographs
        Path reports = Path.of(
                System.getProperty("status.reportDir", dir.resolve("reports").toString()));
        StatusReports.write(status, reports);

        String html = Files.readString(reports.resolve(StatusReports.HTML_FILE));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        assertFalse(html.contains("src=\"http"));
        assertTrue(html.contains("<svg"));
        assertEquals(1, occurrences(html, "meeting migration failed for &lt;n&gt; of &lt;n&gt; meetings"));
        assertEquals(1, occurrences(html, "<td>wave2, wave3</td>"));
        String junit = Files.readString(reports.resolve(StatusReports.JUNIT_FILE));
        assertTrue(junit.contains("tests=\"5\" failures=\"2\""), junit);
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(reports.resolve(StatusReports.JSON_FILE).toFile());
        assertEquals(28, json.path("counts").path("moved").asInt());
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aJournalOfAnotherSiteIsRefused() throws Exception {
        Path foreign = dir.resolve("foreign.jsonl");
        Files.writeString(
                foreign,
                "{\"type\":\"journal\",\"schema\":2,\"site\":\"fabrikam\",\"tenant\":\"x\","
                        + "\"to\":\"online\",\"at\":\"2026-01-01T00:00:00Z\"}\n");

        ConfigurationException e = assertThrows(
                ConfigurationException.class,
                () -> new StatusJob(hybrid.site(), hybrid.shell()).run(List.of(journals.get(0), foreign)));

        assertTrue(e.getMessage().contains("fabrikam"), e.getMessage());
    }
}
