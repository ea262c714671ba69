package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.TenantCredential;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tenant password crosses once, over stdin, and shows up nowhere a person or another process can read. */
class PasswordNeverLeaksTest {
    private static final String PASSWORD = "Zq7!leak-canary-93xT";

    private final SimulatedShellHost simulated = new SimulatedShellHost(new World(5, PASSWORD.toCharArray()));

    @AfterEach
    void closeSimulator() {
        simulated.close();
    }

    private TenantCredential credential() {
        return new TenantCredential(World.ADMIN_USERNAME, PASSWORD.toCharArray());
    }

    @Test
    void theHostProcessArgvAndEnvironmentDoNotHoldThePassword() throws Exception {
        List<ProcessHandle> before = ProcessHandle.current().children().toList();
        try (ShellHostPool shell = ShellHostPool.start(
                simulated.settings(1, Duration.ofSeconds(30)),
                new LocalProcessLauncher(),
                simulated.command(),
                credential())) {
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
                assertFalse(cmdline.contains(PASSWORD), "argv holds the password");
                assertFalse(environ.contains(PASSWORD), "the environment holds the password");
            }
        }
    }

    @Test
    void errorsAndCapturedOutputDoNotHoldThePassword() {
        simulated.world().change(w -> w.faults(w.faults().withCrashAfter(1)));
        try (ShellHostPool shell = ShellHostPool.start(
                simulated.settings(1, Duration.ofSeconds(30)),
                new LocalProcessLauncher(),
                simulated.command(),
                credential())) {
            ShellException notFound = assertThrows(
                    ShellException.class,
                    () -> shell.run(CmdletCall.of("Get-CsUser").with("Identity", "nobody")));
            ShellException died = assertThrows(
                    ShellException.class,
                    () -> shell.run(CmdletCall.of("Get-CsUser").with("Identity", "x")));
            assertEquals(ShellException.Kind.OUTCOME_UNKNOWN, died.kind());
            for (String text : List.of(notFound.getMessage(), died.getMessage(), shell.diagnostics())) {
                assertFalse(text.contains(PASSWORD), text);
            }
            assertTrue(shell.diagnostics().contains("Lync Server Management Shell"), shell.diagnostics());
        }
    }

    @Test
    void aHostThatEchoesItsInputHasThePasswordMaskedInTheStartFailure() {
        List<String> echoingHost = List.of("/bin/sh", "-c", "read hello; echo \"$hello\"; echo \"$hello\" >&2; exit 3");
        ShellException e = assertThrows(
                ShellException.class,
                () -> ShellHostPool.start(
                        simulated.settings(1, Duration.ofSeconds(30)),
                        new LocalProcessLauncher(),
                        echoingHost,
                        credential()));
        assertTrue(e.getMessage().contains("exited during start-up"), e.getMessage());
        assertTrue(e.getMessage().contains("\"password\":\"****\""), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    }
}
