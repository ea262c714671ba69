package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The move command as a real process on a bad night: a journal the disk stops taking, the cloud going down, a
 * SIGTERM. Each run ends within a generous bound with the documented exit code and its reports, and a re-run with
 * the same journal finishes the batch, moving nobody twice. "Moved once" is counted in Move-CsUser calls the
 * simulated service received: one per user moved, none for a user never attempted.
 */
class FailurePathsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aJournalTheDiskStopsTakingEndsTheJobWithExit3AndAReRunFinishes() throws Exception {
        int users = 30;
        try (SimulatedRun run = SimulatedRun.start(dir, users, Faults.none().withLatency(Duration.ofMillis(40)))) {
            Path journal = journal();
            Path reports = reports();
            int limitKib = 64;
            fillWithEarlierRuns(journal, limitKib * 1024L - 1500);
            List<String> move = run.move(journal, reports, "--parallel", "2");

            // RLIMIT_FSIZE: past the limit every write fails (EFBIG, "File too large"), as on a full disk.
            Process first = run.cli(
                    move,
                    dir.resolve("first.log"),
                    List.of("/bin/bash", "-c", "ulimit -f " + limitKib + " && exec \"$@\"", "bash"));

            assertTrue(first.waitFor(SimulatedRun.DEADLINE.toSeconds(), TimeUnit.SECONDS), "the job ended");
            String log = Files.readString(dir.resolve("first.log"));
            assertEquals(Main.EXIT_HALTED, first.exitValue(), log);
            assertTrue(log.contains("has no header (written before journals had one)"), log);
            assertTrue(log.contains("the journal cannot be written"), log);
            assertTrue(log.contains("File too large"), log);
            JsonNode report = JSON.readTree(reports.resolve("moves.json").toFile());
            assertEquals("halted", report.path("stopKind").asText(), report.toString());
            assertTrue(report.path("notAttempted").size() > 0, report.toString());
            assertFalse(run.onlineUsers().isEmpty(), "the disk filled during the moves, not before them");
            assertNeverCalled(run, report);
            assertNoStackTrace(log);

            Process second = run.cli(move, dir.resolve("second.log"));
            assertTrue(second.waitFor(SimulatedRun.DEADLINE.toSeconds(), TimeUnit.SECONDS), "the re-run ended");
            assertEquals(0, second.exitValue(), Files.readString(dir.resolve("second.log")));
            assertEquals(users, run.movedCount());
            assertEveryoneMovedWithOneCall(run, users);
        }
    }

    @Test
    void aServiceThatGoesDownStopsTheJobThroughTheBreakerWithOneLinePerCause() throws Exception {
        int users = 300;
        try (SimulatedRun run = SimulatedRun.start(dir, users, Faults.none().withLatency(Duration.ofMillis(30)))) {
            Path journal = journal();
            Path reports = reports();
            Process job = run.cli(run.move(journal, reports, "--parallel", "4"), dir.resolve("job.log"));
            SimulatedRun.waitForOutcomes(journal, 10, job);
            long startsBefore = SimulatedRun.count(journal, "\"type\":\"start\"");

            run.hybrid().world().change(w -> w.faults(w.faults().withServiceDown(true)));

            assertTrue(job.waitFor(SimulatedRun.DEADLINE.toSeconds(), TimeUnit.SECONDS), "the job ended");
            String log = Files.readString(dir.resolve("job.log"));
            assertEquals(Main.EXIT_HALTED, job.exitValue(), log);
            JsonNode report = JSON.readTree(reports.resolve("moves.json").toFile());
            assertEquals("halted", report.path("stopKind").asText(), report.toString());
            assertTrue(report.path("stoppedEarly").asText().contains("circuit breaker"), report.toString());
            Set<String> causes = new HashSet<>();
            report.path("stopCauses").forEach(c -> causes.add(c.asText()));
            assertEquals(report.path("stopCauses").size(), causes.size(), "one line per distinct cause");
            assertTrue(causes.stream().anyMatch(c -> c.contains("(503) Server Unavailable")), causes.toString());
            assertTrue(report.path("notAttempted").size() > users / 2, "the users not attempted are listed");
            long movesAfterDown = SimulatedRun.count(journal, "\"type\":\"start\"") - startsBefore;
            assertTrue(movesAfterDown <= 40, movesAfterDown + " Move-CsUser calls after the service went down");
            assertNeverCalled(run, report);
            Map<String, Integer> calls = run.moveCalls();
            run.onlineUsers().forEach(user -> assertEquals(1, calls.get(user), user + " moved with one call"));
            assertNoStackTrace(log);
            assertNoStackTrace(Files.readString(reports.resolve("moves.json")));
        }
    }

    @Test
    void sigtermFinishesTheMovesInFlightWritesTheReportsAndExits130AndAReRunResumes() throws Exception {
        int users = 40;
        try (SimulatedRun run = SimulatedRun.start(dir, users, Faults.none().withLatency(Duration.ofMillis(150)))) {
            Path journal = journal();
            Path reports = reports();
            List<String> move = run.move(journal, reports, "--parallel", "2");
            Process first = run.cli(move, dir.resolve("first.log"));
            SimulatedRun.waitForOutcomes(journal, 5, first);

            first.destroy();

            assertTrue(first.waitFor(SimulatedRun.DEADLINE.toSeconds(), TimeUnit.SECONDS), "the job ended");
            String log = Files.readString(dir.resolve("first.log"));
            assertEquals(Main.EXIT_INTERRUPTED, first.exitValue(), log);
            assertTrue(log.contains("run the same command again (same --journal"), log);
            JsonNode report = JSON.readTree(reports.resolve("moves.json").toFile());
            assertEquals("cancelled", report.path("stopKind").asText(), report.toString());
            long started = SimulatedRun.count(journal, "\"type\":\"start\"");
            long finished = SimulatedRun.count(journal, "\"type\":\"outcome\"");
            assertTrue(finished >= started, "every move started before the signal was recorded: " + log);
            assertNeverCalled(run, report);

            Process second = run.cli(move, dir.resolve("second.log"));
            assertTrue(second.waitFor(SimulatedRun.DEADLINE.toSeconds(), TimeUnit.SECONDS), "the re-run ended");
            assertEquals(0, second.exitValue(), Files.readString(dir.resolve("second.log")));
            assertEquals(users, run.movedCount());
            assertEveryoneMovedWithOneCall(run, users);
        }
    }

    private Path journal() {
        return dir.resolve("moves.jsonl");
    }

    private Path reports() {
        return dir.resolve("reports");
    }

    /**
     * Earlier runs' job lines, up to {@code bytes}: a journal that has grown over many runs, written before journals
     * had a header (the reader takes it with a note, and the run appends the header).
     */
    private static void fillWithEarlierRuns(Path journal, long bytes) throws Exception {
        String line = "{\"type\":\"job\",\"at\":\"2026-01-01T00:00:00Z\",\"to\":\"online\"}\n";
        StringBuilder text = new StringBuilder();
        while (text.length() + line.length() <= bytes) {
            text.append(line);
        }
        Files.writeString(journal, text, StandardCharsets.UTF_8);
    }

    private static void assertEveryoneMovedWithOneCall(SimulatedRun run, int users) {
        Map<String, Integer> calls = run.moveCalls();
        assertEquals(users, calls.size(), calls.toString());
        calls.forEach((user, n) -> assertEquals(1, n, user + " Move-CsUser calls"));
    }

    /** The users the report lists as not attempted got no Move-CsUser call. */
    private static void assertNeverCalled(SimulatedRun run, JsonNode report) {
        Map<String, Integer> calls = run.moveCalls();
        report.path("notAttempted").forEach(entry -> {
            String user = SimulatedRun.withoutScheme(entry.asText());
            assertEquals(0, calls.get(user), user + " was not attempted");
        });
    }

    private static void assertNoStackTrace(String text) {
        assertFalse(text.contains("\tat "), text);
        assertFalse(text.contains("Exception:"), text);
    }
}
