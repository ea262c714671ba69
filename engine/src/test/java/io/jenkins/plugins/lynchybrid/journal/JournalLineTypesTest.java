package io.jenkins.plugins.lynchybrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalLineTypesTest {
    private static final JobKey JOB = new JobKey("contoso", "contoso.onmicrosoft.com", Home.ONLINE);
    private static final JobKey BACK = new JobKey("contoso", "contoso.onmicrosoft.com", Home.ON_PREMISES);

    @TempDir
    Path dir;

    private Path movedJournal() {
        Path file = dir.resolve("wave.jsonl");
        try (MoveJournal journal = MoveJournal.open(file, JOB, n -> {})) {
            journal.jobStarted(Home.ONLINE);
            journal.moveStarting("ann@contoso.com", "sip:ann@contoso.com", 1, Optional.of("pool01.contoso.com"));
            journal.finished(new UserOutcome(
                    "ann@contoso.com", "sip:ann@contoso.com", UserOutcome.Status.MOVED, "", 1, 10, Instant.now()));
        }
        return file;
    }

    @Test
    void completionLinesAreReadBackAsEachUsersLastCompletion() {
        Path file = movedJournal();
        try (MoveJournal journal = MoveJournal.open(file, JOB, n -> {})) {
            journal.verifyStarted();
            journal.completed(new UserCompletion(
                    "ann@contoso.com",
                    "sip:ann@contoso.com",
                    UserCompletion.State.PENDING,
                    "TeamsOnly",
                    "InProgress",
                    "meeting migration InProgress",
                    Instant.now()));
            journal.completed(new UserCompletion(
                    "ann@contoso.com",
                    "sip:ann@contoso.com",
                    UserCompletion.State.VERIFIED,
                    "TeamsOnly",
                    "Succeeded",
                    "",
                    Instant.now()));
        }

        JournalState state = MoveJournal.read(file);

        assertEquals(
                UserCompletion.State.VERIFIED,
                state.completions().get("ann@contoso.com").state());
        assertEquals("Succeeded", state.completions().get("ann@contoso.com").meetings());
        assertTrue(state.recordedMoved("ann@contoso.com"), "completion lines leave the move's outcome alone");
        assertTrue(state.notes().isEmpty(), state.notes().toString());
    }

    @Test
    void aLineTypeOfANewerVersionIsIgnoredWithANoteAndTheJournalStaysUsable() throws Exception {
        Path file = movedJournal();
        Files.writeString(
                file,
                "{\"type\":\"policy-removal\",\"user\":\"ann@contoso.com\",\"at\":\"2026-12-03T10:00:00Z\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        List<String> notes = new ArrayList<>();

        try (MoveJournal journal = MoveJournal.open(file, JOB, notes::add)) {
            assertTrue(journal.earlier().recordedMoved("ann@contoso.com"));
        }

        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("policy-removal") && notes.get(0).contains("ignored"), notes.get(0));
    }

    @Test
    void aCompletionStateThisVersionDoesNotKnowIsRefusedNamingTheLine() throws Exception {
        Path file = movedJournal();
        Files.writeString(
                file,
                "{\"type\":\"completion\",\"user\":\"ann@contoso.com\",\"state\":\"done\"}\n",
                java.nio.file.StandardOpenOption.APPEND);

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> MoveJournal.read(file));

        assertTrue(e.getMessage().contains("wave.jsonl:5") && e.getMessage().contains("'done'"), e.getMessage());
    }

    @Test
    void aLineWithoutATypeIsStillRefused() throws Exception {
        Path file = movedJournal();
        Files.writeString(file, "{\"user\":\"ann@contoso.com\"}\n", java.nio.file.StandardOpenOption.APPEND);

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> MoveJournal.read(file));

        assertTrue(e.getMessage().contains("no type"), e.getMessage());
    }

    @Test
    void aPrepareLineIsReadAndChangesNothingARerunDecides() {
        Path file = dir.resolve("back.jsonl");
        try (MoveJournal journal = MoveJournal.open(file, BACK, n -> {})) {
            journal.jobStarted(Home.ON_PREMISES);
            journal.preparing(
                    "a@contoso.com",
                    "sip:a@contoso.com",
                    1,
                    "MicrosoftTeams\\Grant-CsTeamsUpgradePolicy -Identity 'sip:a@contoso.com' -PolicyName $null");
            journal.moveStarting("a@contoso.com", "sip:a@contoso.com", 1, Optional.empty());
        }

        JournalState state = MoveJournal.read(file);

        assertEquals(Map.of("a@contoso.com", "sip:a@contoso.com"), state.started());
        assertEquals(List.of(), state.notes());
    }
}
