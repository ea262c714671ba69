package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Careless and hostile inputs on the command line, against the simulated hybrid: refused before anything changes. */
class HostileInputCommandTest {
    private static final String PASSWORD = "Pa55-w0rd!hostile-cli";
    private static SimulatedHybrid hybrid;

    @TempDir
    static Path dir;

    private static Path site;
    private static Path passwordFile;

    @BeforeAll
    static void start() throws IOException {
        hybrid = SimulatedHybrid.start(Scenario.HEALTHY, 5, PASSWORD.toCharArray(), Faults.none());
        site = Files.writeString(
                dir.resolve("site.json"), SiteFile.write(SimulatedSite.describe(hybrid, dir.resolve("trust.p12"))));
        passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
    }

    @AfterAll
    static void stop() {
        hybrid.close();
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String command, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        String[] all = Stream.concat(
                        Stream.of(command, "--site", site.toString(), "--password-file", passwordFile.toString()),
                        Stream.of(arguments))
                .toArray(String[]::new);
        return new Run(line.execute(all), out.toString(), err.toString());
    }

    private static long online() {
        return hybrid.world()
                .read(w -> w.users().stream().filter(OnPremUser::isOnline).count());
    }

    @Test
    void aReportDirectoryThatIsAFileIsRefusedBeforeAnyUserMoves() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("moves-report"), "a file");

        Run run = run(
                "move",
                "--to",
                "online",
                "--user",
                "sip:user00001@contoso.com",
                "--report-dir",
                notADirectory.toString());

        assertEquals(Main.EXIT_USAGE, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("report directory " + notADirectory), run.err());
        assertTrue(run.err().contains("not a directory"), run.err());
        assertEquals(0, online(), "nobody may move when the reports cannot be written");
    }

    @Test
    void aBareOuNameIsRefusedBeforeAnyUserMoves() {
        Run run = run("move", "--to", "online", "--user", "sip:user00001@contoso.com", "--exclude-ou", "Executives");

        assertEquals(Main.EXIT_USAGE, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("excluded OU 'Executives' is not a distinguished name"), run.err());
        assertEquals(0, online());
    }

    @Test
    void badLinesInTheReadinessUserListFailTheGate() throws IOException {
        Path users = Files.writeString(
                dir.resolve("batch.csv"), "UserPrincipalName\nuser00001@contoso.com\nuser00001@contoso.com\n");

        Run run = run(
                "readiness",
                "--users",
                users.toString(),
                "--report-dir",
                dir.resolve("r").toString());

        assertEquals(Main.EXIT_USAGE, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("bad line batch.csv:3: repeats batch.csv:2"), run.err());
        assertTrue(run.err().contains("not ready"), run.err());
    }

    @Test
    void aHostileCsvHeaderReachesTheConsoleShownNotObeyed() throws IOException {
        Path users = Files.writeString(dir.resolve("evil.csv"), "Name\u001B[2J\u202E,Mail\nann,ann@contoso.com\n");

        Run run = run("move", "--to", "online", "--users", users.toString());

        assertEquals(Main.EXIT_USAGE, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("Name\\u001B[2J\\u202E,Mail"), run.err());
        assertFalse(run.err().contains("\u001B") || run.err().contains("\u202E"), run.err());
    }
}
