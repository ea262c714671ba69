package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.byUser;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.key;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults.UserFailure;
import io.jenkins.plugins.lynchybrid.users.JournalUserSource;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeAndRollbackTest {
    @TempDir
    Path dir;

    @Test
    void aReRunWithTheJournalLeavesFinishedUsersAloneAndRetriesFailedOnes() throws Exception {
        Path journal = dir.resolve("wave1.jsonl");
        try (MoveFixture hybrid = new MoveFixture(20)) {
            hybrid.faults(f -> f.withUserFailures(Map.of(key(5), new UserFailure(UserFailure.Kind.FAULT_507, 4))));
            MoveResult first = hybrid.run(hybrid.users(1, 20), options(Home.ONLINE), Optional.of(journal));
            assertEquals(UserOutcome.Status.FAILED, byUser(first).get(key(5)).status());

            MoveResult second = hybrid.run(hybrid.users(1, 20), options(Home.ONLINE), Optional.of(journal));

            assertEquals(UserOutcome.Status.MOVED, byUser(second).get(key(5)).status());
            assertEquals(1, second.count(UserOutcome.Status.MOVED));
            assertTrue(byUser(second).get(key(1)).reason().contains("earlier run"));
            assertEquals(0, second.exitCode());
            assertTrue(hybrid.moveCounts().values().stream().allMatch(n -> n == 1));
        }
    }

    @Test
    void anInterruptedMoveThatReachedTheTargetCountsAsMovedOnReRun() throws Exception {
        Path journal = dir.resolve("crashed.jsonl");
        try (MoveFixture hybrid = new MoveFixture(5)) {
            hybrid.run(hybrid.users(1, 1), options(Home.ONLINE));
            try (MoveJournal crashed = MoveJournal.append(journal)) {
                crashed.jobStarted(Home.ONLINE);
                crashed.moveStarting(key(1), MoveFixture.sip(1), 1);
            }

            MoveResult rerun = hybrid.run(hybrid.users(1, 5), options(Home.ONLINE), Optional.of(journal));

            assertEquals(UserOutcome.Status.MOVED, byUser(rerun).get(key(1)).status());
            assertTrue(byUser(rerun).get(key(1)).reason().contains("interrupted run"));
            assertEquals(1, hybrid.moveCounts().get(key(1)));
        }
    }

    @Test
    void rollbackMovesBackExactlyTheUsersTheJournalMoved() throws Exception {
        Path journal = dir.resolve("wave.jsonl");
        try (MoveFixture hybrid = new MoveFixture(30)) {
            hybrid.run(hybrid.users(21, 25), options(Home.ONLINE));
            hybrid.faults(f -> f.withUserFailures(Map.of(key(3), new UserFailure(UserFailure.Kind.FAULT_506, 99))));
            hybrid.run(hybrid.users(1, 25), options(Home.ONLINE), Optional.of(journal));

            UserSelection back = JournalUserSource.read(journal, Home.ON_PREMISES);
            MoveResult rollback = hybrid.run(back, options(Home.ON_PREMISES), Optional.of(dir.resolve("back.jsonl")));

            assertEquals(19, rollback.count(UserOutcome.Status.MOVED));
            assertTrue(IntStream.rangeClosed(1, 20).allMatch(i -> !hybrid.online(i)));
            assertTrue(IntStream.rangeClosed(21, 25).allMatch(hybrid::online), "users moved by another job stay");
            assertFalse(byUser(rollback).containsKey(key(3)), "a user the journal failed is not rolled back");
        }
    }

    @Test
    void rollingBackInTheJournalsOwnDirectionIsRefused() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Files.writeString(journal, "{\"type\":\"job\",\"to\":\"online\"}\n");

        ConfigurationException error =
                assertThrows(ConfigurationException.class, () -> JournalUserSource.read(journal, Home.ONLINE));

        assertEquals(
                "journal " + journal + " moved users online; rolling them back needs the target onprem, not online",
                error.getMessage());
    }

    @Test
    void aJournalOfTheOtherDirectionIsRefusedBeforeAnyoneMoves() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Files.writeString(journal, "{\"type\":\"job\",\"to\":\"online\"}\n");
        try (MoveFixture hybrid = new MoveFixture(3)) {
            ConfigurationException error = assertThrows(
                    ConfigurationException.class,
                    () -> hybrid.run(hybrid.users(1, 3), options(Home.ON_PREMISES), Optional.of(journal)));

            assertEquals(
                    "journal " + journal + " records moves online; this job moves onprem: give this job a new journal"
                            + " (to undo those moves, roll back from this one)",
                    error.getMessage());
            assertTrue(hybrid.moveCounts().values().stream().allMatch(n -> n == 0));
        }
    }
}
