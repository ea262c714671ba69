package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What a first-time user meets on the command line: mistakes answered in words, never with a secret echoed. */
class CliMannersTest {
    private static final String SECRET = "Passw0rd-CliManners";

    @TempDir
    Path dir;

    private Path site;
    private Path password;

    private record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeEach
    void writeSiteAndPassword() throws IOException {
        site = OfflineSite.write(dir);
        password = Files.writeString(dir.resolve("password"), SECRET + "\n");
    }

    private static Run run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return new Run(line.execute(arguments), out.toString(), err.toString());
    }

    @Test
    void aMistypedPasswordOptionNeverEchoesThePassword() {
        Run run = run("readiness", "--site", site.toString(), "--password", SECRET);

        assertEquals(Main.EXIT_USAGE, run.exit());
        assertFalse(run.all().contains(SECRET), run.all());
        assertTrue(run.err().contains("unknown option --password; 1 more argument (not shown"), run.err());
        assertTrue(run.err().contains("--password-file FILE"), run.err());
    }

    @Test
    void aPasswordGluedToAnUnknownOptionIsNotEchoedEither() {
        Run run = run("move", "--site", site.toString(), "--to", "online", "--password=" + SECRET);

        assertEquals(Main.EXIT_USAGE, run.exit());
        assertFalse(run.all().contains(SECRET), run.all());
        assertTrue(run.err().contains("unknown option --password=(not shown)"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"readiness", "configure", "move", "site-check", "simulate"})
    void aStrayArgumentIsCountedNotShownByEveryCommand(String command) {
        Run run = run(command, "--site", site.toString(), SECRET);

        assertEquals(Main.EXIT_USAGE, run.exit());
        assertFalse(run.all().contains(SECRET), run.all());
    }

    @Test
    void anUnknownOptionGetsASuggestion() {
        Run run = run("readiness", "--site", site.toString(), "--report-directory", "x");

        assertTrue(run.err().contains("Did you mean --report-dir?"), run.err());
    }

    @Test
    void theVersionIsTheBuildsVersion() {
        Run run = run("--version");

        assertEquals(0, run.exit());
        assertEquals(
                "lync-hybrid " + System.getProperty("lync-hybrid.expected-version"),
                run.out().strip());
        assertFalse(run.out().contains("development"), run.out());
    }

    @Test
    void aMissingSiteFileIsSaidInWords() {
        Path missing = dir.resolve("no-site.json");

        Run run = run("readiness", "--site", missing.toString(), "--password-file", password.toString());

        assertEquals(Main.EXIT_USAGE, run.exit());
        assertEquals(
                "lync-hybrid: cannot read site file " + missing + ": no such file",
                run.err().strip());
    }

    @Test
    void aFolderGivenAsTheSiteFileIsSaidInWords() {
        Run run = run("site-check", "--site", dir.toString());

        assertTrue(run.err().contains("cannot read site file " + dir + ": it is a folder, not a file"), run.err());
    }

    @Test
    void aMissingUsersFileIsSaidInWordsBeforeAnythingConnects() {
        Path users = dir.resolve("users.csv");

        Run run = run(
                "readiness",
                "--site",
                site.toString(),
                "--password-file",
                password.toString(),
                "--users",
                users.toString());

        assertEquals(Main.EXIT_USAGE, run.exit());
        assertEquals(
                "lync-hybrid: cannot read " + users + ": no such file",
                run.err().strip());
    }

    @Test
    void aMissingPasswordFileIsSaidInWordsWithoutShowingWhatWasGiven() {
        Run run = run("readiness", "--site", site.toString(), "--password-file", SECRET);

        assertEquals(Main.EXIT_USAGE, run.exit());
        assertEquals(
                "lync-hybrid: cannot read the --password-file: no such file",
                run.err().strip());
    }

    @Test
    void anUndocumentedTargetIsRefused() {
        Run run = run("move", "--site", site.toString(), "--to", "cloud", "--user", "sip:a@contoso.com");

        assertEquals(Main.EXIT_USAGE, run.exit());
        assertTrue(run.err().contains("'cloud' is not one of online, onprem (or on-premises)"), run.err());
    }

    @Test
    void theDocumentedSpellingOnPremisesIsAccepted() {
        Path users = dir.resolve("missing.csv");

        Run run = run(
                "move",
                "--site",
                site.toString(),
                "--password-file",
                password.toString(),
                "--to",
                "on-premises",
                "--users",
                users.toString());

        // --to was read: the job went on to the next input, the missing user list
        assertEquals(
                "lync-hybrid: cannot read " + users + ": no such file",
                run.err().strip());
    }

    @Test
    void listScenariosPrintsEveryScenarioWithWhatItBreaks() {
        Run run = run("simulate", "--list-scenarios");

        assertEquals(0, run.exit(), run.err());
        for (Scenario scenario : Scenario.values()) {
            assertTrue(
                    run.out()
                            .lines()
                            .anyMatch(l -> l.startsWith(scenario.id() + " ")
                                    && l.strip().length() > scenario.id().length() + 10),
                    scenario.id() + " needs a line in ScenarioDescriptions:\n" + run.out());
        }
    }

    @Test
    void simulateHelpPointsToDocsThatExist() {
        Run run = run("simulate", "--help");

        assertTrue(run.out().contains("docs/simulator.md"), run.out());
        assertTrue(Files.isRegularFile(Path.of("../docs/simulator.md")), "docs/simulator.md exists");
        assertTrue(run.out().contains("--list-scenarios"), run.out());
    }
}
