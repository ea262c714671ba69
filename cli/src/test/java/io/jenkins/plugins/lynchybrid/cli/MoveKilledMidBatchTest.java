package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as a real process, killed with SIGKILL in the middle of a batch and run again with the same journal:
 * every user ends online and the simulated service moved each of them exactly once.
 */
class MoveKilledMidBatchTest {
    private static final int USERS = 30;
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void aKilledMoveRerunWithItsJournalMovesEveryoneExactlyOnce() throws Exception {
        char[] password = ("Sim-" + UUID.randomUUID()).toCharArray();
        try (SimulatedHybrid hybrid = SimulatedHybrid.start(
                Scenario.HEALTHY, USERS, password, Faults.none().withLatency(Duration.ofMillis(120)))) {
            Path site = writeSite(hybrid);
            Path passwordFile = Files.writeString(dir.resolve("password"), new String(password));
            Path users = writeUsers();
            Path journal = dir.resolve("moves.jsonl");
            List<String> move = List.of(
                    "move",
                    "--site",
                    site.toString(),
                    "--password-file",
                    passwordFile.toString(),
                    "--users",
                    users.toString(),
                    "--to",
                    "online",
                    "--parallel",
                    "2",
                    "--retry-delay-ms",
                    "50",
                    "--journal",
                    journal.toString(),
                    "--report-dir",
                    dir.resolve("reports").toString());

            Process first = cli(move, dir.resolve("first.log"));
            waitForOutcomes(journal, 6, first);
            List<ProcessHandle> hosts = first.descendants().toList();
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            hosts.forEach(ProcessHandle::destroyForcibly);
            int movedBeforeKill = movedCount(hybrid);
            assertTrue(movedBeforeKill < USERS, "killed mid-batch, " + movedBeforeKill + " moved");

            Process second = cli(move, dir.resolve("second.log"));
            assertTrue(second.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS), "re-run finished");
            assertEquals(0, second.exitValue(), Files.readString(dir.resolve("second.log")));

            Map<String, Integer> moves = hybrid.world()
                    .read(w -> w.users().stream().collect(Collectors.toMap(OnPremUser::sipAddress, OnPremUser::moves)));
            assertEquals(USERS, movedCount(hybrid));
            assertTrue(moves.values().stream().allMatch(n -> n == 1), moves.toString());
        }
    }

    private Process cli(List<String> arguments, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void waitForOutcomes(Path journal, int outcomes, Process process) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
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

    private Path writeUsers() throws IOException {
        StringBuilder csv = new StringBuilder("SipAddress\n");
        for (int i = 1; i <= USERS; i++) {
            csv.append(String.format(Locale.ROOT, "sip:user%05d@contoso.com%n", i));
        }
        return Files.writeString(dir.resolve("users.csv"), csv);
    }

    private Path writeSite(SimulatedHybrid hybrid) throws IOException {
        HybridSite site = SimulatedSite.describe(hybrid, dir.resolve("trust.p12"));
        return Files.writeString(dir.resolve("site.json"), SiteFile.write(site));
    }
}
