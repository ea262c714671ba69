package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The CLI as real processes against one simulated hybrid: its site file, password file and user lists. */
final class CliRuns {
    static final Duration DEADLINE = Duration.ofMinutes(3);

    private final Path dir;
    private final Path site;
    private final Path passwordFile;

    CliRuns(SimulatedHybrid hybrid, char[] password, Path dir) throws IOException {
        this.dir = dir;
        HybridSite described = SimulatedSite.describe(hybrid, dir.resolve("trust.p12"));
        this.site = Files.writeString(dir.resolve("site.json"), SiteFile.write(described));
        this.passwordFile = Files.writeString(dir.resolve("password"), new String(password));
    }

    static String sip(int index) {
        return String.format(Locale.ROOT, "sip:user%05d@contoso.com", index);
    }

    /** A CSV naming users {@code from..to} (inclusive). */
    Path users(int from, int to) throws IOException {
        StringBuilder csv = new StringBuilder("SipAddress\n");
        for (int i = from; i <= to; i++) {
            csv.append(sip(i)).append('\n');
        }
        return Files.writeString(dir.resolve("users-" + from + "-" + to + ".csv"), csv);
    }

    /** {@code move} with the site and password, then {@code more}. */
    List<String> move(String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "move",
                "--site",
                site.toString(),
                "--password-file",
                passwordFile.toString(),
                "--retry-delay-ms",
                "50"));
        arguments.addAll(List.of(more));
        return arguments;
    }

    /** Starts the CLI in {@code workingDir}, its output and errors to {@code log}. */
    Process start(List<String> arguments, Path log, Path workingDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    Process start(List<String> arguments, Path log) throws IOException {
        return start(arguments, log, dir);
    }

    /** Runs the CLI to its end and gives its exit code; a run past the deadline is killed and fails the test. */
    static int finish(Process process, Path log) throws Exception {
        if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the CLI did not finish within " + DEADLINE + ":\n" + Files.readString(log));
        }
        return process.exitValue();
    }

    int run(Path log, List<String> arguments) throws Exception {
        return finish(start(arguments, log), log);
    }
}
