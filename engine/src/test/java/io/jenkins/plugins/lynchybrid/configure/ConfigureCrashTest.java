package io.jenkins.plugins.lynchybrid.configure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.TenantCredential;
import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.shell.ShellHostPool;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shell host process that dies in the middle of an apply, through the real host protocol. */
class ConfigureCrashTest {
    private static final String PASSWORD = "Pa55-w0rd!Contoso";
    /** The plan's four reads and its first two changes are answered; the third change runs, then the host dies. */
    private static final int ANSWERED_COMMANDS = 6;

    private final SimulatedShellHost simulated = new SimulatedShellHost(ConfigureScenariosTest.world("unconfigured"));
    private final World world = simulated.world();

    @TempDir
    Path reports;

    @AfterEach
    void closeSimulator() {
        simulated.close();
    }

    @Test
    void aHostCrashBetweenTwoChangesIsReportedAndARerunConvergesWithoutRepeatingAnyChange() throws Exception {
        world.change(w -> w.faults(Faults.none().withCrashAfter(ANSWERED_COMMANDS)));
        try (ShellHostPool shell = ShellHostPool.start(
                simulated.settings(1, Duration.ofSeconds(30)),
                new LocalProcessLauncher(),
                simulated.command(),
                new TenantCredential(World.ADMIN_USERNAME, PASSWORD.toCharArray()))) {
            Configurator configurator = new Configurator(
                    Sites.site(ServerVersion.LYNC_2013, Cloud.WORLDWIDE), shell, ConfigureScenariosTest.FAST);

            ConfigureResult crashed = configurator.apply();

            assertEquals(ConfigureResult.Status.FAILED, crashed.status());
            assertEquals(
                    List.of(
                            ChangeOutcome.Status.APPLIED,
                            ChangeOutcome.Status.APPLIED,
                            ChangeOutcome.Status.OUTCOME_UNKNOWN,
                            ChangeOutcome.Status.NOT_ATTEMPTED,
                            ChangeOutcome.Status.NOT_ATTEMPTED),
                    crashed.apply().orElseThrow().changes().stream()
                            .map(ChangeOutcome::status)
                            .toList());
            String error = crashed.error().orElseThrow();
            assertTrue(
                    error.startsWith("lost contact with the shell while changing HostingProvider LyncOnline"), error);
            assertTrue(error.contains("re-run configure"), error);
            ConfigureReports.write(reports, crashed);
            assertPasswordAbsentFrom(reports);

            world.change(w -> w.faults(Faults.none()));
            ConfigureResult rerun = configurator.apply();

            assertEquals(
                    ConfigureResult.Status.CONVERGED,
                    rerun.status(),
                    rerun.error().orElse(""));
            assertEquals(2, rerun.plan().orElseThrow().changes().size());
        }
        assertEquals(
                List.of(
                        "Set-CsAccessEdgeConfiguration Global",
                        "Set-CsAccessEdgeConfiguration Global",
                        "New-CsHostingProvider LyncOnline",
                        "Set-CsExternalAccessPolicy Global",
                        "Set-CsTenantFederationConfiguration Global"),
                world.read(w -> w.changes().stream()
                        .map(c -> c.operation() + " " + c.target())
                        .toList()));
        long lyncOnlineProviders = world.read(w -> w.hostingProviders().stream()
                .filter(p -> World.SIPFED.equals(p.get("ProxyFqdn")))
                .count());
        assertEquals(1, lyncOnlineProviders);
    }

    private static void assertPasswordAbsentFrom(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                assertFalse(Files.readString(file).contains(PASSWORD), file + " holds the password");
            }
        }
    }
}
