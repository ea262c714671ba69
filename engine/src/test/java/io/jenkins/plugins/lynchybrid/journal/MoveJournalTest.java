package io.jenkins.plugins.lynchybrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoveJournalTest {
    @TempDir
    Path dir;

    private static UserOutcome outcome(String user, UserOutcome.Status status) {
        return new UserOutcome(user, "sip:" + user, status, "", 1, 10, Instant.now());
    }

    @Test
    void aReadBackJournalKnowsEachUsersLastOutcome() {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = MoveJournal.append(file)) {
            journal.jobStarted(Home.ONLINE);
            journal.finished(outcome("a@contoso.com", UserOutcome.Status.FAILED));
            journal.finished(outcome("a@contoso.com", UserOutcome.Status.MOVED));
            journal.finished(outcome("b@contoso.com", UserOutcome.Status.FAILED));
        }

        JournalState state = MoveJournal.read(file);

        assertEquals(Optional.of(Home.ONLINE), state.target());
        assertTrue(state.finished("a@contoso.com"));
        assertFalse(state.finished("b@contoso.com"));
    }

    @Test
    void aMoveStartedButNeverFinishedIsInterrupted() {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = MoveJournal.append(file)) {
            journal.jobStarted(Home.ONLINE);
            journal.moveStarting("a@contoso.com", "sip:a@contoso.com", 1);
            journal.moveStarting("b@contoso.com", "sip:b@contoso.com", 1);
            journal.finished(outcome("b@contoso.com", UserOutcome.Status.MOVED));
        }

        JournalState state = MoveJournal.read(file);

        assertEquals(Set.of("a@contoso.com"), state.interrupted());
        assertEquals(
                Map.of("a@contoso.com", "sip:a@contoso.com", "b@contoso.com", "sip:b@contoso.com"),
                state.movedOrMaybeMoved());
    }

    @Test
    void aLastLineCutShortByACrashIsIgnoredAndAppendingContinuesOnANewLine() throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = MoveJournal.append(file)) {
            journal.jobStarted(Home.ONLINE);
            journal.finished(outcome("a@contoso.com", UserOutcome.Status.MOVED));
        }
        Files.writeString(
                file, "{\"type\":\"outcome\",\"user\":\"b@con", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertTrue(MoveJournal.read(file).finished("a@contoso.com"));
        try (MoveJournal journal = MoveJournal.append(file)) {
            journal.finished(outcome("c@contoso.com", UserOutcome.Status.MOVED));
        }
        assertThrows(ConfigurationException.class, () -> MoveJournal.read(file), "a cut line in the middle is damage");
    }

    @Test
    void aDamagedLineInTheMiddleIsNamed() throws IOException {
        Path file = dir.resolve("j.jsonl");
        Files.writeString(
                file, "{\"type\":\"job\",\"to\":\"online\"}\nnot json\n{\"type\":\"job\",\"to\":\"online\"}\n");

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> MoveJournal.read(file));

        assertTrue(error.getMessage().contains(file + ":2"), error.getMessage());
    }

    @Test
    void aJournalOfBothDirectionsIsRefused() throws IOException {
        Path file = dir.resolve("j.jsonl");
        Files.writeString(file, "{\"type\":\"job\",\"to\":\"online\"}\n{\"type\":\"job\",\"to\":\"onprem\"}\n");

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> MoveJournal.read(file));

        assertTrue(error.getMessage().contains("new journal"), error.getMessage());
    }

    @Test
    void aJobOfAnUnknownTargetIsRefusedNamingTheLine() throws IOException {
        Path file = dir.resolve("j.jsonl");
        Files.writeString(file, "{\"type\":\"job\",\"to\":\"mars\"}\n");

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> MoveJournal.read(file));

        assertEquals(
                "journal " + file + ":1: job target 'mars' is not one of online, onprem (or on-premises)",
                error.getMessage());
    }
}
