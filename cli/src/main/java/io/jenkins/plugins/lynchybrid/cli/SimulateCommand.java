package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.ScenarioDescriptions;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves a simulated hybrid on 127.0.0.1 until stopped, and describes it in a site file. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a simulated contoso.com hybrid on 127.0.0.1 and writes its site file when ready.",
            "Serves until stopped (Ctrl-C or SIGTERM). Scenarios: --list-scenarios; more in docs/simulator.md."
        })
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--scenario",
            defaultValue = "healthy",
            description = "healthy (default), unconfigured, or one broken prerequisite: see --list-scenarios")
    String scenario;

    @Option(
            names = "--server-version",
            defaultValue = "lync2013",
            description = "the on-premises product and its cmdlet surface: lync2013, sfb2015 or sfb2019"
                    + " (default ${DEFAULT-VALUE})")
    String serverVersion;

    @Option(names = "--list-scenarios", description = "print every scenario with one line on what it breaks, and exit")
    boolean listScenarios;

    @Option(names = "--site-file", paramLabel = "FILE", description = "where to write the site file (JSON); required")
    Path siteFile;

    @Option(
            names = "--password-file",
            description = "the tenant admin password: read from it, or generated and written to it (owner-only)")
    Path passwordFile;

    @Option(
            names = "--users",
            defaultValue = "200",
            description = "on-premises users in the tenant (default ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--latency-ms", defaultValue = "0", description = "latency added to every service call")
    long latencyMs;

    @Option(
            names = "--capacity",
            defaultValue = "0",
            description = "moves the hosted migration service runs at once (0 = unlimited)")
    int capacity;

    @Option(names = "--throttle-rate", defaultValue = "0", description = "share of calls throttled, 0 to 1")
    double throttleRate;

    @Option(names = "--token-lifetime-s", defaultValue = "3600", description = "lifetime of issued access tokens")
    long tokenLifetimeSeconds;

    @Option(
            names = "--crash-after",
            defaultValue = "0",
            description = "a shell host dies after this many commands (0 = never)")
    int crashAfter;

    @Option(
            names = "--service-down",
            description = "Microsoft's side is down: Graph and sign-in answer HTTP 503, Connect-MicrosoftTeams and"
                    + " Move-CsUser fail with (503) Server Unavailable; the on-premises side answers")
    boolean serviceDown;

    @Override
    public Integer call() throws Exception {
        if (listScenarios) {
            PrintWriter out = spec.commandLine().getOut();
            for (Scenario each : Scenario.values()) {
                out.printf(Locale.ROOT, "%-24s %s%n", each.id(), ScenarioDescriptions.of(each));
            }
            out.flush();
            return 0;
        }
        if (siteFile == null) {
            throw new ConfigurationException(
                    "--site-file is missing: name where the simulated hybrid's site file goes");
        }
        Scenario chosen = scenarioOrUsageError();
        ServerProduct product = productOrUsageError();
        char[] password = passwordFile != null && Files.exists(passwordFile)
                ? PasswordFile.read(passwordFile)
                : GeneratedPassword.create(passwordFile);
        Faults faults = faults();
        CountDownLatch stopped = new CountDownLatch(1);
        try (SimulatedHybrid hybrid = SimulatedHybrid.start(product, chosen, users, password, faults)) {
            Arrays.fill(password, '\0');
            Path trustStore = siteFile.toAbsolutePath().resolveSibling(siteFile.getFileName() + ".truststore.p12");
            String site = SiteFile.write(SimulatedSite.describe(hybrid, trustStore));
            writeAtomically(siteFile, site);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "simulator ready: %s, scenario %s, %d users, cloud %s, DNS 127.0.0.1:%d; site file %s%n",
                    product.contractName(),
                    chosen.id(),
                    users,
                    hybrid.cloudBaseUrl(),
                    hybrid.dnsAddress().getPort(),
                    siteFile);
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "simulator-stop"));
            stopped.await();
        }
        return 0;
    }

    private Scenario scenarioOrUsageError() {
        try {
            return Scenario.byId(scenario);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--scenario: " + e.getMessage() + " (one line each: --list-scenarios)");
        }
    }

    private ServerProduct productOrUsageError() {
        try {
            return ServerProduct.byId(serverVersion);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--server-version: " + e.getMessage());
        }
    }

    private Faults faults() {
        try {
            return Faults.none()
                    .withLatency(Duration.ofMillis(latencyMs))
                    .withCapacity(capacity)
                    .withThrottleRate(throttleRate)
                    .withTokenLifetime(Duration.ofSeconds(tokenLifetimeSeconds))
                    .withCrashAfter(crashAfter)
                    .withUserFailures(Map.of())
                    .withServiceDown(serviceDown);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("fault options: " + e.getMessage());
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), ".site", ".tmp");
        Files.writeString(temp, content);
        Files.move(
                temp,
                absolute,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
