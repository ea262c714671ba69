package io.jenkins.plugins.lynchybrid.configure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
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
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shell host process that dies in the middle of an apply, through the real host protocol. The simulated host
 * runs the command that crosses its crash limit and dies before answering: the change is made, the caller
 * cannot know it, and only a re-read tells.
 */
class ConfigureCrashTest {
    private static final String PASSWORD = "Pa55-w0rd!Contoso";
    /** The plan reads four objects before its first change. */
    private static final int PLAN_READS = 4;

    @TempDir
    Path reports;

    @Test
    void aHostCrashBetweenTwoChangesIsReportedAndARerunConvergesWithoutRepeatingAnyChange() throws Exception {
        World world = ConfigureScenariosTest.world("unconfigured");
        ConfigureResult crashed;
        ConfigureResult rerun;
        try (SimulatedShellHost simulated = new SimulatedShellHost(world);
                ShellHostPool shell = crashingAfter(simulated, PLAN_READS + 2)) {
            Configurator configurator = configurator(shell);

            crashed = configurator.apply();
            world.change(w -> w.faults(Faults.none()));
            rerun = configurator.apply();
        }

        assertEquals(ConfigureResult.Status.FAILED, crashed.status());
        assertEquals(
                List.of(
                        ChangeOutcome.Status.APPLIED,
                        ChangeOutcome.Status.APPLIED,
                        ChangeOutcome.Status.OUTCOME_UNKNOWN,
                        ChangeOutcome.Status.NOT_ATTEMPTED,
                        ChangeOutcome.Status.NOT_ATTEMPTED),
                statuses(crashed));
        String error = crashed.error().orElseThrow();
        assertTrue(error.startsWith("lost contact with the shell while changing HostingProvider LyncOnline"), error);
        assertTrue(error.contains("re-run configure"), error);
        ConfigureReports.write(reports, crashed);
        assertPasswordAbsentFrom(reports);
        assertEquals(
                ConfigureResult.Status.CONVERGED, rerun.status(), rerun.error().orElse(""));
        assertEquals(2, rerun.plan().orElseThrow().changes().size());
        assertEquals(
                List.of(
                        "Set-CsAccessEdgeConfiguration Global",
                        "Set-CsAccessEdgeConfiguration Global",
                        "New-CsHostingProvider LyncOnline",
                        "Set-CsExternalAccessPolicy Global",
                        "Set-CsTenantFederationConfiguration Global"),
                changeLog(world));
    }

    @Test
    void aHostCrashAfterRemovingAStaleProviderLeadsTheRerunToCreateItNotRemoveItAgain() throws Exception {
        World world = ConfigureScenariosTest.world("healthy");
        world.change(w -> w.hostingProviders().get(0).put("ProxyFqdn", "sipfed.online.lync.net"));
        ConfigureResult crashed;
        ConfigureResult rerun;
        try (SimulatedShellHost simulated = new SimulatedShellHost(world);
                ShellHostPool shell = crashingAfter(simulated, PLAN_READS)) {
            Configurator configurator = configurator(shell);

            crashed = configurator.apply();
            world.change(w -> w.faults(Faults.none()));
            rerun = configurator.apply();
        }

        assertEquals(
                List.of(ChangeOutcome.Status.OUTCOME_UNKNOWN, ChangeOutcome.Status.NOT_ATTEMPTED), statuses(crashed));
        assertEquals(
                List.of(Change.Action.CREATE),
                rerun.plan().orElseThrow().changes().stream()
                        .map(Change::action)
                        .toList());
        assertEquals(
                ConfigureResult.Status.CONVERGED, rerun.status(), rerun.error().orElse(""));
        assertEquals(
                List.of("Remove-CsHostingProvider LyncOnline", "New-CsHostingProvider LyncOnline"), changeLog(world));
    }

    private static ShellHostPool crashingAfter(SimulatedShellHost simulated, int answeredCommands) {
        simulated.world().change(w -> w.faults(Faults.none().withCrashAfter(answeredCommands)));
        return ShellHostPool.start(
                simulated.settings(1, Duration.ofSeconds(30)),
                new LocalProcessLauncher(),
                simulated.command(),
                new AccountCredential(World.ADMIN_USERNAME, PASSWORD.toCharArray()),
                Optional.empty());
    }

    private static Configurator configurator(ShellHostPool shell) {
        return new Configurator(
                Sites.site(ServerVersion.LYNC_2013, Cloud.WORLDWIDE), shell, ConfigureScenariosTest.FAST);
    }

    private static List<ChangeOutcome.Status> statuses(ConfigureResult result) {
        return result.apply().orElseThrow().changes().stream()
                .map(ChangeOutcome::status)
                .toList();
    }

    private static List<String> changeLog(World world) {
        return world.read(w ->
                w.changes().stream().map(c -> c.operation() + " " + c.target()).toList());
    }

    private static void assertPasswordAbsentFrom(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                assertFalse(Files.readString(file).contains(PASSWORD), file + " holds the password");
            }
        }
    }
}
