package io.jenkins.plugins.lynchybrid.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.cli.Main;
import io.jenkins.plugins.lynchybrid.cli.SimulatedSite;
import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code moves-process}: the CLI's {@code move} command, as an operator runs it, against the simulated hybrid, every
 * cmdlet through real shell host processes (the simulator's stand-in for powershell.exe, one JVM each) and the
 * bridge to the simulator: N users from a CSV, {@code --parallel C}, L per service call. The site gives the pool C +
 * 2 hosts, as a site would for C moves at once (each host runs one command at a time) plus the batched reads. The
 * ratio is the command's wall time (host start-up and sign-in included) over ceil(N/C)·L.
 */
final class MovesProcessBench {
    /** What the bench learned from one run. */
    record Figures(double wall, double limit, long shellCallsBesidesMoves, int users, Milestones milestones) {
        double ratio() {
            return wall / limit;
        }
    }

    private MovesProcessBench() {}

    /** {@code moves-process} alone, with {@code bench moves}' N, C and L. */
    static void main(String[] args) throws IOException {
        Figures figures = run(MovesBench.USERS, MovesBench.CAPACITY, MovesBench.LATENCY, MovesBench.OBJECT_LATENCY);
        print(figures);
        System.out.printf(Locale.ROOT, "bench moves-process: moves-process=%.3f%n", figures.ratio());
    }

    static Figures run(int users, int capacity, Duration latency, Duration objectLatency) throws IOException {
        Path dir = Files.createTempDirectory("moves-process-bench");
        String password = "Bench-" + UUID.randomUUID();
        Faults faults =
                Faults.none().withLatency(latency).withCapacity(capacity).withObjectLatency(objectLatency);
        try (SimulatedHybrid hybrid = SimulatedHybrid.start(Scenario.HEALTHY, users, password.toCharArray(), faults)) {
            ObjectNode site = (ObjectNode) new ObjectMapper()
                    .readTree(SiteFile.write(SimulatedSite.describe(hybrid, dir.resolve("trust.p12"))));
            ((ObjectNode) site.get("shell")).put("hosts", capacity + 2);
            Path siteFile = Files.writeString(dir.resolve("site.json"), site.toPrettyString());
            Path passwordFile = Files.writeString(dir.resolve("password"), password + "\n");
            List<String> lines = new ArrayList<>(List.of("SipAddress"));
            for (int i = 1; i <= users; i++) {
                lines.add(MovesBench.sip(i));
            }
            Path csv = Files.write(dir.resolve("users.csv"), lines);
            hybrid.world().shellCalls().reset();
            StringWriter out = new StringWriter();
            picocli.CommandLine line = Main.commandLine();
            line.setOut(new PrintWriter(out));
            line.setErr(new PrintWriter(out));
            long start = System.nanoTime();
            Milestones.Watch watch = Milestones.watch(hybrid.world(), start, capacity + 2, users);
            int exit = line.execute(Stream.of(
                            "move",
                            "--site",
                            siteFile.toString(),
                            "--password-file",
                            passwordFile.toString(),
                            "--users",
                            csv.toString(),
                            "--to",
                            "online",
                            "--parallel",
                            Integer.toString(capacity),
                            "--journal",
                            dir.resolve("moves.journal.jsonl").toString(),
                            "--report-dir",
                            dir.resolve("reports").toString())
                    .toArray(String[]::new));
            double wall = (System.nanoTime() - start) / 1e9;
            Milestones milestones = watch.stop();
            long moved = hybrid.world()
                    .read(w -> w.users().stream().filter(u -> u.moves() == 1).count());
            if (exit != 0 || moved != users) {
                throw new IllegalStateException(
                        "the CLI moved " + moved + " of " + users + " (exit " + exit + "):\n" + out);
            }
            long besidesMoves = hybrid.world().shellCalls().total()
                    - hybrid.world().shellCalls().of("Move-CsUser");
            double limit = Math.ceil(users / (double) capacity) * latency.toMillis() / 1000.0;
            return new Figures(wall, limit, besidesMoves, users, milestones);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    static void print(Figures figures) {
        System.out.printf(
                Locale.ROOT,
                "moves-process (CLI, real host processes) %8.2f s  limit %.2f s  ratio %.3f (goal <= 1.15);"
                        + " %d shell calls besides Move-CsUser for %d users%n",
                figures.wall(),
                figures.limit(),
                figures.ratio(),
                figures.shellCallsBesidesMoves(),
                figures.users());
        Milestones m = figures.milestones();
        System.out.printf(
                Locale.ROOT,
                "  where the time went: first host up %.2f s, all %d hosts up %.2f s (%d moves made by then),"
                        + " first Move-CsUser %.2f s, last Move-CsUser %.2f s; moving took %.2f s against the limit"
                        + " %.2f s (%.3f); with every host up, %.1f moves a second against C/L = %.1f%n",
                m.firstHost(),
                m.hosts(),
                m.allHosts(),
                m.movedByAllHosts(),
                m.firstMove(),
                m.lastMove(),
                m.lastMove() - m.firstMove(),
                figures.limit(),
                (m.lastMove() - m.firstMove()) / figures.limit(),
                (figures.users() - m.movedByAllHosts()) / (m.lastMove() - m.allHosts()),
                figures.users() / figures.limit());
    }
}
