package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.simulator.shell.ShellService;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tenant and pool admin passwords cross once, over stdin, and show up nowhere a person or another process
 * can read.
 */
class PasswordNeverLeaksTest {
    private static final String PASSWORD = "Zq7!leak-canary-93xT";
    private static final String POOL_URL = "https://pool01.contoso.com/OcsPowershell";

    private final SimulatedShellHost simulated = new SimulatedShellHost(new World(5, PASSWORD.toCharArray()));
    private final String poolPassword = simulated.world().poolAdminPassword();

    @AfterEach
    void closeSimulator() {
        simulated.close();
    }

    private AccountCredential credential() {
        return new AccountCredential(World.ADMIN_USERNAME, PASSWORD.toCharArray());
    }

    private Optional<AccountCredential> poolAdmin() {
        return Optional.of(new AccountCredential(World.POOL_ADMIN_USERNAME, poolPassword.toCharArray()));
    }

    private ShellSettings remoteSettings() {
        return new ShellSettings(simulated.command(), 1, Duration.ofSeconds(30), POOL_URL);
    }

    private void assertNoPassword(String text, String where) {
        assertFalse(text.contains(PASSWORD), where + " holds the tenant password: " + text);
        assertFalse(text.contains(poolPassword), where + " holds the pool admin password: " + text);
    }

    @Test
    void theHostProcessArgvAndEnvironmentDoNotHoldThePassword() throws Exception {
        List<ProcessHandle> before = ProcessHandle.current().children().toList();
        try (ShellHostPool shell = ShellHostPool.start(
                remoteSettings(), new LocalProcessLauncher(), simulated.command(), credential(), poolAdmin())) {
            shell.run(CmdletCall.of("Get-CsAccessEdgeConfiguration"));
            List<ProcessHandle> hosts = ProcessHandle.current()
                    .children()
                    .filter(child -> !before.contains(child))
                    .toList();
            assertFalse(hosts.isEmpty(), "the host runs as a child process");
            for (ProcessHandle host : hosts) {
                Path proc = Path.of("/proc", Long.toString(host.pid()));
                String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                String environ = new String(Files.readAllBytes(proc.resolve("environ")), StandardCharsets.UTF_8);
                assertTrue(cmdline.contains("ShellHostMain"), "this is the host: " + cmdline);
                assertNoPassword(cmdline, "argv");
                assertNoPassword(environ, "the environment");
            }
        }
    }

    @Test
    void errorsAndCapturedOutputDoNotHoldThePassword() {
        simulated.world().change(w -> w.faults(w.faults().withCrashAfter(1)));
        try (ShellHostPool shell = ShellHostPool.start(
                remoteSettings(), new LocalProcessLauncher(), simulated.command(), credential(), poolAdmin())) {
            ShellException notFound = assertThrows(
                    ShellException.class,
                    () -> shell.run(CmdletCall.of("Get-CsUser").with("Identity", "nobody")));
            ShellException died = assertThrows(
                    ShellException.class,
                    () -> shell.run(CmdletCall.of(ShellService.ECHO).with("Identity", "x")));
            assertEquals(ShellException.Kind.OUTCOME_UNKNOWN, died.kind());
            for (String text : List.of(notFound.getMessage(), died.getMessage(), shell.diagnostics())) {
                assertNoPassword(text, "an error or the captured output");
            }
            assertTrue(shell.diagnostics().contains("Lync Server Management Shell"), shell.diagnostics());
        }
    }

    @Test
    void aHostThatEchoesItsInputHasBothPasswordsMaskedInTheStartFailure() {
        List<String> echoingHost = List.of(
                "/bin/sh",
                "-c",
                "read hello; printf '\\036LH1 {\"type\":\"imported\"}\\n'; read credential;"
                        + " echo \"$hello $credential\"; echo \"$hello $credential\" >&2; exit 3");
        ShellException e = assertThrows(
                ShellException.class,
                () -> ShellHostPool.start(
                        remoteSettings(), new LocalProcessLauncher(), echoingHost, credential(), poolAdmin()));
        assertTrue(e.getMessage().contains("exited during start-up"), e.getMessage());
        assertTrue(e.getMessage().contains("\"password\":\"****\""), e.getMessage());
        assertTrue(e.getMessage().contains("\"remotePassword\":\"****\""), e.getMessage());
        assertNoPassword(e.getMessage(), "the start failure");
    }
}
