package io.jenkins.plugins.lynchybrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line types a reader knows, and what it does with one it does not. */
class JournalLineTypesTest {
    private static final JobKey BACK = new JobKey("contoso", "contoso.onmicrosoft.com", Home.ON_PREMISES);

    @TempDir
    Path dir;

    private Path journalWith(String... extraLines) throws Exception {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = MoveJournal.open(file, BACK, n -> {})) {
            journal.jobStarted(Home.ON_PREMISES);
            journal.preparing(
                    "a@contoso.com",
                    "sip:a@contoso.com",
                    1,
                    "MicrosoftTeams\\Grant-CsTeamsUpgradePolicy -Identity 'sip:a@contoso.com' -PolicyName $null");
            journal.moveStarting("a@contoso.com", "sip:a@contoso.com", 1, java.util.Optional.empty());
        }
        Files.writeString(file, String.join("", extraLines), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return file;
    }

    @Test
    void aPrepareLineIsReadAndChangesNothingARerunDecides() throws Exception {
        JournalState state = MoveJournal.read(journalWith());

        assertEquals(Map.of("a@contoso.com", "sip:a@contoso.com"), state.started());
        assertEquals(List.of(), state.notes());
    }

    @Test
    void aLineOfATypeThisVersionDoesNotKnowIsSkippedWithOneNotePerType() throws Exception {
        JournalState state = MoveJournal.read(journalWith(
                "{\"type\":\"verified\",\"user\":\"a@contoso.com\"}\n",
                "{\"type\":\"verified\",\"user\":\"b@contoso.com\"}\n"));

        assertEquals(Map.of("a@contoso.com", "sip:a@contoso.com"), state.started());
        assertEquals(1, state.notes().size(), state.notes().toString());
        assertTrue(
                state.notes()
                        .get(0)
                        .endsWith(":5: line type 'verified' is not one this version knows (journal, job,"
                                + " prepare, start, outcome); such lines are skipped"),
                state.notes().get(0));
    }

    @Test
    void aLineWithoutATypeIsStillRefused() throws Exception {
        Path file = journalWith("{\"user\":\"a@contoso.com\"}\n");

        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> MoveJournal.read(file));
        assertTrue(refused.getMessage().endsWith(":5: a line without a type"), refused.getMessage());
    }
}
