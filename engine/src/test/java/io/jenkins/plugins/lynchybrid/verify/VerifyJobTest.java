package io.jenkins.plugins.lynchybrid.verify;

import static io.jenkins.plugins.lynchybrid.testing.MigrationWaves.key;
import static io.jenkins.plugins.lynchybrid.testing.MigrationWaves.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.ExitStatus;
import io.jenkins.plugins.lynchybrid.journal.JournalState;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.journal.UserCompletion;
import io.jenkins.plugins.lynchybrid.journal.UserCompletion.State;
import io.jenkins.plugins.lynchybrid.testing.MigrationWaves;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyJobTest {
    private static MigrationWaves hybrid;
    private static int next = 1;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        hybrid = new MigrationWaves(200);
    }

    @AfterAll
    static void stop() {
        hybrid.close();
    }

    /** A fresh range of users for each test, so tests share one simulator without sharing users. */
    private static int[] users(int count) {
        int from = next;
        next += count;
        return new int[] {from, from + count - 1};
    }

    private static Map<String, UserCompletion> byUser(VerifyResult result) {
        return result.users().stream().collect(Collectors.toMap(UserCompletion::user, u -> u));
    }

    @Test
    void meetingMigrationsCompleteOverTimeWithinOneBoundedRun() throws Exception {
        int[] wave = users(8);
        Path journal = dir.resolve("wave.jsonl");
        hybrid.wave(journal, wave[0], wave[1]);

        VerifyResult result = hybrid.verify(journal, new VerifyOptions(Duration.ofMinutes(30), Duration.ofHours(4)));

        assertEquals(8, result.count(State.VERIFIED), VerifyReports.summary(result));
        assertTrue(result.rounds() >= 4, "the first looks find migrations pending or in progress: " + result.rounds());
        assertEquals(ExitStatus.DONE, result.exitStatus());
        UserCompletion first = byUser(result).get(key(wave[0]));
        assertEquals("TeamsOnly", first.mode());
        assertEquals("Succeeded", first.meetings());
    }

    @Test
    void usersStillMigratingAtTheBoundArePendingAndPendingIsNotFailure() throws Exception {
        int[] wave = users(5);
        Path journal = dir.resolve("wave.jsonl");
        hybrid.wave(journal, wave[0], wave[1]);

        VerifyResult result = hybrid.verify(journal, VerifyOptions.once());

        assertEquals(5, result.count(State.PENDING));
        assertTrue(
                byUser(result).get(key(wave[0])).reason().contains("meeting migration Pending"),
                byUser(result).get(key(wave[0])).reason());
        assertEquals(ExitStatus.DONE, result.exitStatus());
        assertEquals(1, result.rounds());
    }

    @Test
    void aFailedMeetingMigrationIsReportedWithTheServicesErrorAndTheFix() throws Exception {
        int[] wave = users(4);
        hybrid.world()
                .change(w -> w.failMeetingMigration(sip(wave[0] + 1), "The organizer's mailbox could not be reached"));
        Path journal = dir.resolve("wave.jsonl");
        hybrid.wave(journal, wave[0], wave[1]);

        VerifyResult result = hybrid.verify(journal, new VerifyOptions(Duration.ofHours(2), Duration.ofHours(30)));

        UserCompletion failed = byUser(result).get(key(wave[0] + 1));
        assertEquals(State.FAILED, failed.state(), failed.reason());
        assertEquals("Failed", failed.meetings());
        assertTrue(failed.reason().contains("The organizer's mailbox could not be reached"), failed.reason());
        assertTrue(failed.reason().contains("after 9 retries"), failed.reason());
        assertTrue(failed.reason().contains("Meeting Migration Tool"), failed.reason());
        assertEquals(3, result.count(State.VERIFIED));
        assertEquals(ExitStatus.PROBLEMS, result.exitStatus());
    }

    @Test
    void aReRunResumesWithTheUsersNotYetVerifiedAndJournalsOnlyWhatChanged() throws Exception {
        int[] early = users(3);
        int[] late = users(3);
        Path journal = dir.resolve("wave.jsonl");
        hybrid.wave(journal, early[0], early[1]);
        hybrid.advance(Duration.ofHours(3));
        hybrid.wave(journal, late[0], late[1]);
        VerifyResult first = hybrid.verify(journal, VerifyOptions.once());
        assertEquals(3, first.count(State.VERIFIED));
        assertEquals(3, first.count(State.PENDING));
        hybrid.advance(Duration.ofHours(3));
        int readsBefore = hybrid.calls("Get-CsOnlineUser");

        VerifyResult second = hybrid.verify(journal, VerifyOptions.once());

        assertEquals(3, hybrid.calls("Get-CsOnlineUser") - readsBefore, "only the pending users are read again");
        assertEquals(6, second.count(State.VERIFIED));
        JournalState recorded = MoveJournal.read(journal);
        assertEquals(6, recorded.completions().size());
        assertTrue(recorded.completions().values().stream().allMatch(c -> c.state() == State.VERIFIED));
        List<String> lines = Files.readAllLines(journal);
        assertEquals(
                9,
                lines.stream()
                        .filter(l -> l.contains("\"type\":\"completion\""))
                        .count(),
                "3 verified at once, 3 pending then verified");
        assertEquals(
                2, lines.stream().filter(l -> l.contains("\"type\":\"verify\"")).count());
    }

    @Test
    void aJournalThatDoesNotExistIsRefusedAndNotCreated() {
        Path missing = dir.resolve("missing.jsonl");

        ConfigurationException e =
                assertThrows(ConfigurationException.class, () -> hybrid.verify(missing, VerifyOptions.once()));

        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(Files.notExists(missing));
    }
}
