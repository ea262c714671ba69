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
import io.jenkins.plugins.lynchybrid.journal.JobKey;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults.UserFailure;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.users.JournalUserSource;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
            hybrid.faults(f -> f.withUserFailures(Map.of(key(5), new UserFailure(UserFailure.Kind.FAULT_507, 1))));
            MoveResult first = hybrid.run(hybrid.users(1, 20), options(Home.ONLINE), Optional.of(journal));
            assertEquals(UserOutcome.Status.FAILED, byUser(first).get(key(5)).status());

            MoveResult second = hybrid.run(hybrid.users(1, 20), options(Home.ONLINE), Optional.of(journal));

            assertEquals(UserOutcome.Status.MOVED, byUser(second).get(key(5)).status());
            assertEquals(1, second.count(UserOutcome.Status.MOVED));
            assertTrue(byUser(second).get(key(1)).reason().contains("earlier run"));
            assertEquals(0, second.exitCode());
            Map<String, Integer> calls = hybrid.moveCalls();
            assertEquals(
                    2, calls.remove(key(5)), "one refused in the first run (507 is not retried), one in the second");
            assertTrue(calls.values().stream().allMatch(n -> n == 1), calls.toString());
        }
    }

    @Test
    void anInterruptedMoveThatReachedTheTargetCountsAsMovedOnReRun() throws Exception {
        Path journal = dir.resolve("crashed.jsonl");
        try (MoveFixture hybrid = new MoveFixture(5)) {
            hybrid.run(hybrid.users(1, 1), options(Home.ONLINE));
            try (MoveJournal crashed = MoveJournal.open(journal, JobKey.of(hybrid.site(), Home.ONLINE), n -> {})) {
                crashed.jobStarted(Home.ONLINE);
                crashed.moveStarting(key(1), MoveFixture.sip(1), 1, Optional.empty());
            }

            MoveResult rerun = hybrid.run(hybrid.users(1, 5), options(Home.ONLINE), Optional.of(journal));

            assertEquals(UserOutcome.Status.MOVED, byUser(rerun).get(key(1)).status());
            assertTrue(byUser(rerun).get(key(1)).reason().contains("interrupted run"));
            assertEquals(1, hybrid.moveCalls().get(key(1)));
        }
    }

    @Test
    void rollbackMovesBackTheUsersTheJournalStartedAndLeavesOthersAlone() throws Exception {
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
            assertEquals(
                    UserOutcome.Status.SKIPPED,
                    byUser(rollback).get(key(3)).status(),
                    "a user whose move was refused is checked and found on-premises");
            assertFalse(byUser(rollback).containsKey(key(21)), "a user the journal never started is not rolled back");
        }
    }

    @Test
    void rollbackReturnsAUserTheJournalRecordedFailedWhoseMoveHappenedAnyway() throws Exception {
        Path journal = dir.resolve("wave.jsonl");
        try (MoveFixture hybrid = new MoveFixture(5)) {
            hybrid.run(hybrid.users(1, 3), options(Home.ONLINE), Optional.of(journal));
            hybrid.world().change(w -> w.rehome(w.user(MoveFixture.sip(4)).orElseThrow(), World.SIPFED, null));
            try (MoveJournal lost = MoveJournal.open(journal, JobKey.of(hybrid.site(), Home.ONLINE), n -> {})) {
                lost.moveStarting(key(4), MoveFixture.sip(4), 1, Optional.of(World.POOL_FQDN));
                lost.finished(new UserOutcome(
                        key(4), MoveFixture.sip(4), UserOutcome.Status.FAILED, "no reply", 1, 1, Instant.now()));
            }

            MoveResult rollback = hybrid.run(
                    JournalUserSource.read(journal, Home.ON_PREMISES),
                    options(Home.ON_PREMISES),
                    Optional.of(dir.resolve("back.jsonl")));

            assertEquals(4, rollback.count(UserOutcome.Status.MOVED));
            assertTrue(IntStream.rangeClosed(1, 4).noneMatch(hybrid::online));
            assertEquals(0, rollback.exitCode());
        }
    }

    @Test
    void rollbackReturnsEachUserToThePoolTheyCameFrom() throws Exception {
        Path journal = dir.resolve("wave.jsonl");
        try (MoveFixture hybrid = new MoveFixture(6)) {
            hybrid.world().change(w -> {
                w.addRegistrarPool(World.SECOND_POOL_FQDN);
                for (int i = 4; i <= 6; i++) {
                    w.homeOnPool(w.user(MoveFixture.sip(i)).orElseThrow(), World.SECOND_POOL_FQDN);
                }
            });
            hybrid.run(hybrid.users(1, 6), options(Home.ONLINE), Optional.of(journal));

            MoveResult rollback = hybrid.run(
                    JournalUserSource.read(journal, Home.ON_PREMISES),
                    options(Home.ON_PREMISES),
                    Optional.of(dir.resolve("back.jsonl")));

            assertEquals(6, rollback.count(UserOutcome.Status.MOVED));
            assertEquals(
                    List.of(
                            World.POOL_FQDN,
                            World.POOL_FQDN,
                            World.POOL_FQDN,
                            World.SECOND_POOL_FQDN,
                            World.SECOND_POOL_FQDN,
                            World.SECOND_POOL_FQDN),
                    hybrid.world()
                            .read(w -> IntStream.rangeClosed(1, 6)
                                    .mapToObj(i -> w.user(MoveFixture.sip(i))
                                            .orElseThrow()
                                            .registrarPool())
                                    .toList()));
        }
    }

    @Test
    void rollbackSaysWhoItCouldNotFindAndExitsOne() throws Exception {
        Path journal = dir.resolve("wave.jsonl");
        try (MoveFixture hybrid = new MoveFixture(3)) {
            try (MoveJournal wave = MoveJournal.open(journal, JobKey.of(hybrid.site(), Home.ONLINE), n -> {})) {
                wave.moveStarting("gone@contoso.com", "sip:gone@contoso.com", 1, Optional.empty());
            }

            MoveResult rollback = hybrid.run(
                    JournalUserSource.read(journal, Home.ON_PREMISES),
                    options(Home.ON_PREMISES),
                    Optional.of(dir.resolve("back.jsonl")));

            assertEquals(1, rollback.exitCode());
            assertEquals(
                    "rollback: 0 of 1 started users are back on-premises; 1 are not (gone@contoso.com); 1 could not"
                            + " be found",
                    RollbackSummary.of(rollback));
        }
    }

    @Test
    void aJournalThatStartedNobodyIsNotRolledBack() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Files.writeString(journal, "{\"type\":\"job\",\"to\":\"online\"}\n");

        ConfigurationException error =
                assertThrows(ConfigurationException.class, () -> JournalUserSource.read(journal, Home.ON_PREMISES));

        assertTrue(error.getMessage().contains("started no move"), error.getMessage());
    }

    @Test
    void aReRunMovesAgainTheUsersMovedBackSinceAndLeavesTheOthers() throws Exception {
        Path journal = dir.resolve("wave.jsonl");
        try (MoveFixture hybrid = new MoveFixture(6)) {
            hybrid.run(hybrid.users(1, 6), options(Home.ONLINE), Optional.of(journal));
            hybrid.world().change(w -> w.rehome(w.user(MoveFixture.sip(2)).orElseThrow(), "SRV:", World.POOL_FQDN));

            MoveResult rerun = hybrid.run(hybrid.users(1, 6), options(Home.ONLINE), Optional.of(journal));

            assertEquals(UserOutcome.Status.MOVED, byUser(rerun).get(key(2)).status());
            assertTrue(
                    byUser(rerun).get(key(2)).reason().contains("moved again"),
                    byUser(rerun).get(key(2)).reason());
            assertEquals(5, rerun.count(UserOutcome.Status.SKIPPED));
            assertTrue(IntStream.rangeClosed(1, 6).allMatch(hybrid::online));
            assertEquals(1, hybrid.moveCalls().get(key(1)), "a user still online is only read");
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
            assertTrue(hybrid.moveCalls().values().stream().allMatch(n -> n == 0));
        }
    }
}
