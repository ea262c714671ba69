package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.JobKey;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} and {@code status} on the command line, against a simulated hybrid through the shell host: first a
 * look right after the wave, then one after the simulated clock moved on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationCommandsTest {
    @TempDir
    static Path dir;

    private static SimulatedCli cli;
    private static Path journal;

    @BeforeAll
    static void moveAWave() throws Exception {
        cli = new SimulatedCli(12, dir);
        Path users = Files.writeString(
                dir.resolve("wave1.csv"), "SipAddress\nsip:user00001@contoso.com\nsip:user00002@contoso.com\n");
        journal = dir.resolve("wave1.jsonl");
        SimulatedCli.Run move =
                cli.run("move", "--users", users.toString(), "--to", "online", "--journal", journal.toString());
        assertEquals(0, move.exit(), move.err());
    }

    @AfterAll
    static void stop() {
        cli.close();
    }

    @Test
    @Order(1)
    void verifyRightAfterTheMoveLeavesUsersPendingAndExitsZero() {
        SimulatedCli.Run run = cli.run(
                "verify",
                "--journal",
                journal.toString(),
                "--max-wait",
                "0",
                "--report-dir",
                dir.resolve("v1").toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("pending 2"), run.out());
        assertTrue(Files.exists(dir.resolve("v1").resolve("verify.html")));
    }

    @Test
    @Order(2)
    void statusWritesItsThreeReportsAndCountsTheLiveState() throws Exception {
        cli.hybrid().world().change(w -> w.advanceClock(Duration.ofHours(3)));
        assertEquals(
                0,
                cli.run("verify", "--journal", journal.toString(), "--max-wait", "0")
                        .exit());

        SimulatedCli.Run run = cli.run(
                "status",
                "--journal",
                journal.toString(),
                "--report-dir",
                dir.resolve("status").toString());

        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper()
                .readTree(dir.resolve("status").resolve("status.json").toFile());
        assertEquals(2, json.path("counts").path("verified").asInt(), json.toString());
        assertEquals(10, json.path("counts").path("onPremises").asInt());
        assertTrue(Files.exists(dir.resolve("status").resolve("status-junit.xml")));
        assertTrue(Files.exists(dir.resolve("status").resolve("status.html")));
    }

    @Test
    void aMaxWaitTheCommandCannotReadIsAUsageErrorNamingTheOption() {
        SimulatedCli.Run run = cli.run("verify", "--journal", journal.toString(), "--max-wait", "soon");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--max-wait"), run.err());
    }

    @Test
    void verifyOfAJournalThatDoesNotExistExits2AndCreatesNothing() {
        Path missing = dir.resolve("nowhere.jsonl");

        SimulatedCli.Run run = cli.run("verify", "--journal", missing.toString(), "--max-wait", "0");

        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("does not exist"), run.err());
        assertTrue(Files.notExists(missing));
    }

    @Test
    void verifyOfAJournalAnotherRunHoldsExits3NamingTheHolder() throws Exception {
        try (MoveJournal held =
                MoveJournal.open(journal, JobKey.of(SiteFile.read(dir.resolve("site.json")), Home.ONLINE), n -> {})) {
            SimulatedCli.Run run = cli.run("verify", "--journal", journal.toString(), "--max-wait", "0");

            assertEquals(3, run.exit(), run.err());
            assertTrue(run.err().contains("is held by pid"), run.err());
        }
    }
}
