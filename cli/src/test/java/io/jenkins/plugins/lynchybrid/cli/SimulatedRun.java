package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A simulated hybrid with its site file, password file and a CSV of its first users, and the CLI run against it as
 * a real process (its shell hosts are real processes too).
 */
final class SimulatedRun implements AutoCloseable {
    static final Duration DEADLINE = Duration.ofMinutes(3);

    private final Path dir;
    private final SimulatedHybrid hybrid;
    private final Path site;
    private final Path passwordFile;
    private final Path users;

    private SimulatedRun(Path dir, SimulatedHybrid hybrid, char[] password, int userCount) throws IOException {
        this.dir = dir;
        this.hybrid = hybrid;
        this.site = Files.writeString(
                dir.resolve("site.json"), SiteFile.write(SimulatedSite.describe(hybrid, dir.resolve("trust.p12"))));
        this.passwordFile = Files.writeString(dir.resolve("password"), new String(password));
        StringBuilder csv = new StringBuilder("SipAddress\n");
        for (int i = 1; i <= userCount; i++) {
            csv.append(String.format(Locale.ROOT, "sip:user%05d@contoso.com%n", i));
        }
        this.users = Files.writeString(dir.resolve("users.csv"), csv);
    }

    static SimulatedRun start(Path dir, int users, Faults faults) throws IOException {
        char[] password = ("Sim-" + UUID.randomUUID()).toCharArray();
        SimulatedHybrid hybrid = SimulatedHybrid.start(Scenario.HEALTHY, users, password, faults);
        try {
            return new SimulatedRun(dir, hybrid, password, users);
        } catch (IOException | RuntimeException e) {
            hybrid.close();
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    SimulatedHybrid hybrid() {
        return hybrid;
    }

    Path passwordFile() {
        return passwordFile;
    }

    /** {@code command --site S --password-file P} and {@code more}. */
    List<String> command(String command, String... more) {
        List<String> arguments = new ArrayList<>(
                List.of(command, "--site", site.toString(), "--password-file", passwordFile.toString()));
        arguments.addAll(List.of(more));
        return arguments;
    }

    /** A move of the CSV's users online, two at a time, with quick retries, the given journal and report dir. */
    List<String> move(Path journal, Path reports, String... more) {
        List<String> arguments = command(
                "move",
                "--users",
                users.toString(),
                "--to",
                "online",
                "--retry-delay-ms",
                "50",
                "--journal",
                journal.toString(),
                "--report-dir",
                reports.toString());
        arguments.addAll(List.of(more));
        return arguments;
    }

    /** Starts the CLI as a process; {@code prefix} runs before it (e.g. a ulimit through bash). */
    Process cli(List<String> arguments, Path log, List<String> prefix) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    Process cli(List<String> arguments, Path log) throws IOException {
        return cli(arguments, log, List.of());
    }

    /** Waits until the journal holds {@code outcomes} outcome lines, while the process lives. */
    static void waitForOutcomes(Path journal, int outcomes, Process process) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (count(journal, "\"type\":\"outcome\"") >= outcomes) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the run never got " + outcomes + " users done; alive=" + process.isAlive());
    }

    /** How many lines of {@code file} contain {@code text} (0 when there is no file). */
    static long count(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        return Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> l.contains(text))
                .count();
    }

    int movedCount() {
        return hybrid.world()
                .read(w -> (int) w.users().stream().filter(OnPremUser::isOnline).count());
    }

    /**
     * Move-CsUser calls the simulated service received, per user (SIP address without {@code sip:}), accepted or
     * not: "moved exactly once" means one call.
     */
    Map<String, Integer> moveCalls() {
        return hybrid.world()
                .read(w -> w.users().stream()
                        .collect(Collectors.toMap(u -> withoutScheme(u.sipAddress()), OnPremUser::moveCalls)));
    }

    /** Users (SIP address without {@code sip:}) the simulated service has homed online. */
    Set<String> onlineUsers() {
        return hybrid.world()
                .read(w -> w.users().stream()
                        .filter(OnPremUser::isOnline)
                        .map(u -> withoutScheme(u.sipAddress()))
                        .collect(Collectors.toSet()));
    }

    static String withoutScheme(String sipAddress) {
        return sipAddress.regionMatches(true, 0, "sip:", 0, 4) ? sipAddress.substring(4) : sipAddress;
    }

    @Override
    public void close() {
        hybrid.close();
    }
}
