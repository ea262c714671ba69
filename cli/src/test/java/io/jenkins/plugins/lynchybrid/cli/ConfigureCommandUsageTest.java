package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code configure} exits 2 with a message naming it, before any shell is started. */
class ConfigureCommandUsageTest {
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @Test
    void aMissingPasswordFileIsAUsageErrorNamingTheOption() throws Exception {
        Path site = dir.resolve("site.json");
        Files.writeString(site, """
                {"tenant": "contoso.onmicrosoft.com", "sipDomains": ["contoso.com"], "poolFqdn": "pool01.contoso.com",
                 "edgeAccessFqdn": "sip.contoso.com", "publicClientId": "d3590ed6-52b3-4102-aeff-aad2292ab01c",
                 "adminUsername": "admin@contoso.onmicrosoft.com", "shell": {"command": ["no-such-host"]}}
                """);

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
