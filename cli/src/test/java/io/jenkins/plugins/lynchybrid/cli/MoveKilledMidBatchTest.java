package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as a real process, killed with SIGKILL in the middle of a batch and run again with the same journal:
 * every user ends online and the simulated service received exactly one Move-CsUser call for each of them.
 */
class MoveKilledMidBatchTest {
    private static final int USERS = 30;

    @TempDir
    Path dir;

    @Test
    void aKilledMoveRerunWithItsJournalMovesEveryoneExactlyOnce() throws Exception {
        char[] password = ("Sim-" + UUID.randomUUID()).toCharArray();
        try (SimulatedHybrid hybrid = SimulatedHybrid.start(
                Scenario.HEALTHY, USERS, password, Faults.none().withLatency(Duration.ofMillis(120)))) {
            CliRuns cli = new CliRuns(hybrid, password, dir);
            Path journal = dir.resolve("moves.jsonl");
            List<String> move = cli.move(
                    "--users",
                    cli.users(1, USERS).toString(),
                    "--to",
                    "online",
                    "--parallel",
                    "2",
                    "--journal",
                    journal.toString(),
                    "--report-dir",
                    dir.resolve("reports").toString());

            Process first = cli.start(move, dir.resolve("first.log"));
            waitForOutcomes(journal, 6, first);
            List<ProcessHandle> hosts = first.descendants().toList();
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            hosts.forEach(ProcessHandle::destroyForcibly);
            int movedBeforeKill = movedCount(hybrid);
            assertTrue(movedBeforeKill < USERS, "killed mid-batch, " + movedBeforeKill + " moved");

            int second = cli.run(dir.resolve("second.log"), move);
            assertEquals(0, second, Files.readString(dir.resolve("second.log")));

            Map<String, Integer> calls = hybrid.world()
                    .read(w -> w.users().stream()
                            .collect(Collectors.toMap(OnPremUser::sipAddress, OnPremUser::moveCalls)));
            assertEquals(USERS, movedCount(hybrid));
            assertTrue(calls.values().stream().allMatch(n -> n == 1), "one Move-CsUser call per user: " + calls);
        }
    }

    private static void waitForOutcomes(Path journal, int outcomes, Process process) throws Exception {
        long deadline = System.nanoTime() + CliRuns.DEADLINE.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(journal)
                    && Files.readAllLines(journal, StandardCharsets.UTF_8).stream()
                                    .filter(l -> l.contains("\"type\":\"outcome\""))
                                    .count()
                            >= outcomes) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the first run never got " + outcomes + " users done; alive=" + process.isAlive());
    }

    private static int movedCount(SimulatedHybrid hybrid) {
        return hybrid.world()
                .read(w -> (int) w.users().stream().filter(OnPremUser::isOnline).count());
    }
}
