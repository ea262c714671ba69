package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A host whose cmdlets print without line ends still gets its answers through, and the noise is kept. */
class StrayOutputTest {
    /** A real process speaking LH1 as a sloppy PowerShell session would: noise glued in front of frames. */
    private static final List<String> NOISY_HOST = List.of(
            "/bin/sh",
            "-c",
            "read hello; printf 'WARNING: banner\\n'; printf '\\036LH1 {\"type\":\"imported\"}\\n'; read credential;"
                    + " printf 'no line end\\036LH1 {\"type\":\"ready\"}\\n';"
                    + " read request; printf 'progress 50%%'; printf '\\036LH1 {\"id\":1,\"ok\":true,"
                    + "\"objects\":[{\"Value\":\"done\"}]}\\n'; read end");

    @Test
    void framesAfterStrayTextOnTheSameLineAreAnswersAndTheTextIsKeptForDiagnostics() {
        ShellSettings settings = new ShellSettings(NOISY_HOST, 1, Duration.ofSeconds(20), null);
        try (ShellHostPool shell = ShellHostPool.start(
                settings,
                new LocalProcessLauncher(),
                NOISY_HOST,
                new AccountCredential("admin@x", "pw".toCharArray()),
                Optional.empty())) {
            List<PsObject> objects = shell.run(CmdletCall.of("Get-CsServerVersion"));
            assertEquals("done", objects.get(0).text("Value").orElseThrow());
            String diagnostics = shell.diagnostics();
            assertTrue(diagnostics.contains("WARNING: banner"), diagnostics);
            assertTrue(diagnostics.contains("no line end"), diagnostics);
            assertTrue(diagnostics.contains("progress 50%"), diagnostics);
        }
    }
}
