package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code configure} exits 2 with a message naming it, before any shell is started. */
class ConfigureCommandUsageTest {
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @Test
    void aMissingPasswordFileIsAUsageErrorNamingTheOption() throws Exception {
        Path site = SiteFiles.write(dir, new ShellSettings(List.of("no-such-host"), 1, Duration.ofSeconds(5), null));

        int exit = execute("configure", "--site", site.toString());

        assertEquals(Main.EXIT_USAGE, exit);
        assertTrue(err.toString().contains("--password-file"), err.toString());
    }

    @Test
    void anUnreadableSiteFileIsAUsageErrorNamingTheFile() {
        Path missing = dir.resolve("missing-site.json");

        int exit = execute("configure", "--site", missing.toString(), "--dry-run");

        assertEquals(Main.EXIT_USAGE, exit);
        assertTrue(err.toString().contains(missing.toString()), err.toString());
    }

    private int execute(String... args) {
        return Main.commandLine()
                .setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err))
                .execute(args);
    }
}
