package io.jenkins.plugins.lynchybrid.bench;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.cli.SimulatedSite;
import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.readiness.Catalogue;
import io.jenkins.plugins.lynchybrid.readiness.CheckResult;
import io.jenkins.plugins.lynchybrid.readiness.FetchTiming;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessOptions;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessReport;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessRunner;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessSources;
import io.jenkins.plugins.lynchybrid.readiness.Status;
import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Readiness against the healthy simulated hybrid with 300 ms added to every service call (each cmdlet, token
 * and Graph request), through the real transports: shell host processes, MSAL4J and Graph over HTTPS, DNS over
 * UDP, the Edge's TLS port.
 *
 * <p>The ratio compares the run's wall time with its slowest dependency chain, measured in the same run: the
 * longest single fetch, which includes every fetch it waited on (e.g. sign-in, then the domain list, then each
 * domain's federation configuration, then the AD FS metadata) and any wait for a free shell host. No schedule
 * can finish before that chain, so 1.0 is the floor; what lies above it is the runner's own cost (prerequisite
 * gating, checks not starting at once, fetches made twice). One warm-up run (JIT, shell host start, token
 * cache) precedes {@link #RUNS} measured runs; the last line gives their median ratio. Then {@link #RUNS} runs judge
 * {@value #USERS_LISTED_LONG} listed users, and {@code users-5000} is their median wall over the 40-user runs'.
 */
final class ReadinessBench {
    static final Duration LATENCY = Duration.ofMillis(300);
    static final int USERS = 5_000;
    static final int USERS_CHECKED = 40;
    /** A whole migration's list: judged in full, its wall time against the 40-user run's (goal at most 1.3). */
    static final int USERS_LISTED_LONG = 5_000;

    static final int RUNS = 3;

    private ReadinessBench() {}

    static void main(String[] args) throws IOException {
        char[] password = ("Bench-" + UUID.randomUUID()).toCharArray();
        Path directory = Files.createTempDirectory("readiness-bench");
        List<Double> ratios = new ArrayList<>();
        List<Long> walls = new ArrayList<>();
        List<Long> longWalls = new ArrayList<>();
        boolean allPassed = true;
        try (SimulatedHybrid hybrid = SimulatedHybrid.start(
                Scenario.HEALTHY,
                USERS,
                password,
                Faults.none().withLatency(LATENCY).withObjectLatency(LATENCY.dividedBy(100)))) {
            HybridSite site = SimulatedSite.describe(hybrid, directory.resolve("trust.p12"));
            ReadinessRunner runner = new ReadinessRunner(
                    Catalogue.standard(), ReadinessOptions.defaults().withUsers(listed(USERS_CHECKED)));
            ReadinessRunner longList = new ReadinessRunner(
                    Catalogue.standard(), ReadinessOptions.defaults().withUsers(listed(USERS_LISTED_LONG)));
            try (HybridConnections connections = new HybridConnections(
                    site,
                    new AccountCredential(site.adminUsername(), password),
                    Optional.empty(),
                    Optional.empty(),
                    new LocalProcessLauncher(),
                    notice -> {})) {
                ReadinessSources sources = ReadinessSources.from(connections);
                System.out.printf(
                        Locale.ROOT,
                        "readiness bench: healthy hybrid, %d users (%d checked), %d ms per service call, %d shell"
                                + " hosts%n",
                        USERS,
                        USERS_CHECKED,
                        LATENCY.toMillis(),
                        site.shell().hosts());
                report("warm-up", runner.run(sources));
                for (int run = 1; run <= RUNS; run++) {
                    ReadinessReport report = runner.run(sources);
                    ratios.add(report("run " + run, report));
                    walls.add(report.wall().toMillis());
                    allPassed &= healthy(report);
                }
                for (int run = 1; run <= RUNS; run++) {
                    ReadinessReport report = longList.run(sources);
                    report(USERS_LISTED_LONG + " #" + run, report);
                    report.fetches().stream()
                            .filter(f -> f.what().equals("graph users")
                                    || f.what().equals("shell Get-CsUser (listed users)"))
                            .forEach(f -> System.out.printf(
                                    Locale.ROOT,
                                    "    %-32s %6d ms%n",
                                    f.what(),
                                    f.duration().toMillis()));
                    longWalls.add(report.wall().toMillis());
                    allPassed &= healthy(report);
                }
            }
        } finally {
            java.util.Arrays.fill(password, '\0');
            Files.deleteIfExists(directory.resolve("trust.p12"));
            Files.deleteIfExists(directory);
        }
        if (!allPassed) {
            System.out.println("bench readiness: a check failed or warned on the healthy hybrid (see above)");
            System.exit(1);
        }
        ratios.sort(Comparator.naturalOrder());
        double longOverShort = (double) median(longWalls) / median(walls);
        System.out.printf(
                Locale.ROOT,
                "%d listed users: median wall %d ms against %d ms with %d, ratio %.2f (goal <= 1.3)%n",
                USERS_LISTED_LONG,
                median(longWalls),
                median(walls),
                USERS_CHECKED,
                longOverShort);
        System.out.printf(
                Locale.ROOT,
                "bench readiness: wall/slowest=%.2f users-5000=%.2f%n",
                ratios.get(ratios.size() / 2),
                longOverShort);
    }

    /**
     * No check failed or warned. A skip is no fault: on Lync Server 2013, which the bench's hybrid runs, the server
     * build check is always skipped (Get-CsServerPatchVersion does not exist there).
     */
    private static boolean healthy(ReadinessReport report) {
        return report.count(Status.FAIL) + report.count(Status.WARN) == 0;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<String> listed(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> String.format(Locale.ROOT, "user%05d@%s", i, World.SIP_DOMAIN))
                .toList();
    }

    private static double report(String label, ReadinessReport report) {
        FetchTiming slowest = report.slowestFetch().orElseThrow();
        double ratio = (double) report.wall().toNanos() / slowest.duration().toNanos();
        System.out.printf(
                Locale.ROOT,
                "  %-8s wall %5d ms, slowest chain %5d ms (%s), %d fetches, %d/%d checks passed, ratio %.2f%n",
                label,
                report.wall().toMillis(),
                slowest.duration().toMillis(),
                slowest.what(),
                report.fetches().size(),
                report.count(Status.PASS),
                report.results().size(),
                ratio);
        report.results().stream()
                .filter(r -> r.status() != Status.PASS)
                .map(CheckResult::toString)
                .forEach(r -> System.out.println("    not passed: " + r));
        return ratio;
    }
}
