package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The whole flow on a simulated hybrid, narrated: readiness finds what is missing, configure fixes it,
 * readiness passes, 50 users move online. It runs the same commands an admin runs, with the same site file.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Runs readiness -> configure -> readiness -> move 50 users online against a simulated hybrid.")
final class DemoCommand implements Callable<Integer> {
    private static final int USERS = 200;
    private static final int USERS_TO_MOVE = 50;
    private static final int SERVICE_CAPACITY = 8;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--dir",
            defaultValue = "lync-hybrid-demo",
            description = "where the site file and reports go (default ${DEFAULT-VALUE})")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(dir);
        Path passwordFile = dir.resolve("tenant-admin.password");
        Files.deleteIfExists(passwordFile);
        char[] password = GeneratedPassword.create(passwordFile);
        say(
                out,
                "Starting a simulated contoso.com hybrid (%d users on-premises) in the 'unconfigured' scenario:"
                        + " AD FS, directory sync and DNS are in place; Edge federation, the Lync Online hosting provider"
                        + " and the tenant's shared SIP address space are not.",
                USERS);
        Faults faults = Faults.none()
                .withCapacity(SERVICE_CAPACITY)
                .withLatency(Duration.ofMillis(200))
                .withUserFailures(Map.of());
        try (SimulatedHybrid hybrid = SimulatedHybrid.start(Scenario.UNCONFIGURED, USERS, password, faults)) {
            Arrays.fill(password, '\0');
            Path site = dir.resolve("site.json");
            Files.writeString(
                    site, SiteFile.write(SimulatedSite.describe(hybrid, dir.resolve("simulator-truststore.p12"))));
            Path users = writeUsers(hybrid);
            List<Step> steps = List.of(
                    new Step(
                            "Readiness: the gate should find what is missing and say how to fix it.",
                            Main.EXIT_PROBLEMS,
                            "readiness",
                            "--report-dir",
                            dir.resolve("1-readiness").toString()),
                    new Step(
                            "Configure: plan and apply exactly the missing settings, then verify.",
                            0,
                            "configure",
                            "--report-dir",
                            dir.resolve("2-configure").toString()),
                    new Step(
                            "Readiness again: now the hybrid should be ready.",
                            0,
                            "readiness",
                            "--report-dir",
                            dir.resolve("3-readiness").toString()),
                    new Step(
                            "Move " + USERS_TO_MOVE + " users online, with adaptive parallelism and a journal.",
                            0,
                            "move",
                            "--users",
                            users.toString(),
                            "--to",
                            "online",
                            "--parallel",
                            "auto",
                            "--journal",
                            dir.resolve("4-move/journal.jsonl").toString(),
                            "--report-dir",
                            dir.resolve("4-move").toString()));
            boolean asExpected = true;
            for (Step step : steps) {
                asExpected &= run(out, step, site, passwordFile);
            }
            say(out, "Reports are under %s (HTML, JSON and JUnit XML for each step).", dir.toAbsolutePath());
            return asExpected ? 0 : Main.EXIT_PROBLEMS;
        }
    }

    private boolean run(PrintWriter out, Step step, Path site, Path passwordFile) {
        say(out, step.narration());
        CommandLine root = Main.commandLine();
        if (!root.getSubcommands().containsKey(step.command())) {
            say(out, "(the '%s' command is not built yet: skipped)", step.command());
            return true;
        }
        List<String> args = new ArrayList<>(
                List.of(step.command(), "--site", site.toString(), "--password-file", passwordFile.toString()));
        args.addAll(step.options());
        int exit = root.setOut(out).setErr(out).execute(args.toArray(String[]::new));
        boolean expected = exit == step.expectedExit();
        say(out, "-> exit %d (%s)", exit, expected ? "as expected" : "expected " + step.expectedExit());
        return expected;
    }

    private Path writeUsers(SimulatedHybrid hybrid) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        lines.add("SipAddress");
        hybrid.world()
                .read(w -> w.users().stream()
                        .limit(USERS_TO_MOVE)
                        .map(OnPremUser::sipAddress)
                        .toList())
                .forEach(lines::add);
        Path file = dir.resolve("users-to-move.csv");
        Files.write(file, lines);
        return file;
    }

    private static void say(PrintWriter out, String format, Object... args) {
        out.println();
        out.println("== " + String.format(format, args));
        out.flush();
    }

    private record Step(String narration, int expectedExit, String command, String... extra) {
        List<String> options() {
            return List.of(extra);
        }
    }
}
