package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Careless and hostile inputs on the command line, against the simulated hybrid: refused before anything changes. */
class HostileInputCommandTest {
    private static SimulatedCli cli;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        cli = new SimulatedCli(5, dir);
    }

    @AfterAll
    static void stop() {
        cli.close();
    }

    private static SimulatedCli.Run run(String command, String... arguments) {
        return cli.run(command, arguments);
    }

    private static long online() {
        return cli.hybrid()
                .world()
                .read(w -> w.users().stream().filter(OnPremUser::isOnline).count());
    }

    @Test
    void aReportDirectoryThatIsAFileIsRefusedBeforeAnyUserMoves() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("moves-report"), "a file");

        SimulatedCli.Run run = run(
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
        SimulatedCli.Run run =
                run("move", "--to", "online", "--user", "sip:user00001@contoso.com", "--exclude-ou", "Executives");

        assertEquals(Main.EXIT_USAGE, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("excluded OU 'Executives' is not a distinguished name"), run.err());
        assertEquals(0, online());
    }

    @Test
    void badLinesInTheReadinessUserListFailTheGate() throws IOException {
        Path users = Files.writeString(
                dir.resolve("batch.csv"), "UserPrincipalName\nuser00001@contoso.com\nuser00001@contoso.com\n");

        SimulatedCli.Run run = run(
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

        SimulatedCli.Run run = run("move", "--to", "online", "--users", users.toString());

        assertEquals(Main.EXIT_USAGE, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("Name\\u001B[2J\\u202E,Mail"), run.err());
        assertFalse(run.err().contains("\u001B") || run.err().contains("\u202E"), run.err());
    }
}
