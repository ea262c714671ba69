package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostCommandLineTest {
    private static final String SCRIPT = "C:\\jenkins\\tmp\\lync-host.ps1";

    @Test
    void windowsPowerShellRunsTheBootstrapWithoutProfileOrPromptsAndBypassesExecutionPolicy() {
        assertEquals(
                List.of(
                        "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                        "-NoProfile",
                        "-NonInteractive",
                        "-ExecutionPolicy",
                        "Bypass",
                        "-File",
                        SCRIPT),
                HostCommandLine.of(
                        List.of("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"), SCRIPT, true));
    }

    @Test
    void pwshOffWindowsGetsNoExecutionPolicyArgument() {
        assertEquals(
                List.of("pwsh", "-NoProfile", "-NonInteractive", "-File", SCRIPT),
                HostCommandLine.of(List.of("pwsh"), SCRIPT, false));
    }

    @Test
    void anyOtherProgramIsStartedExactlyAsGiven() {
        List<String> simulator = List.of("/usr/bin/java", "-cp", "a.jar", "Main", "--bridge", "127.0.0.1:4000");
        assertEquals(simulator, HostCommandLine.of(simulator, SCRIPT, false));
    }
}
