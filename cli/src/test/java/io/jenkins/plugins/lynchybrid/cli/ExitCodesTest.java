package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * docs/exit-codes.md, code by code, against the simulated hybrid and its real shell host processes (130 is shown by
 * {@link FailurePathsTest}, which signals a real CLI process).
 */
class ExitCodesTest {
    @TempDir
    static Path dir;

    private static SimulatedRun run;

    @BeforeAll
    static void start() throws IOException {
        run = SimulatedRun.start(dir, 10, Faults.none());
    }

    @AfterAll
    static void stop() {
        run.close();
    }

    private record Result(int exit, String out, String err) {}

    private static Result cli(List<String> arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(arguments.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    private static List<String> moveOnline(String user, String... more) {
        // a journal in the test's folder: the default one would land in the module's working directory
        List<String> arguments = new ArrayList<>(run.command(
                "move",
                "--user",
                user,
                "--to",
                "online",
                "--journal",
                dir.resolve("moves.jsonl").toString()));
        arguments.addAll(List.of(more));
        return arguments;
    }

    private static List<String> withWrongPassword(List<String> arguments) throws IOException {
        Path wrong = Files.writeString(dir.resolve("wrong-password"), "not-the-password\n");
        List<String> changed = new ArrayList<>(arguments);
        changed.set(changed.indexOf(run.passwordFile().toString()), wrong.toString());
        return changed;
    }

    @Test
    void aMoveThatMovesEveryoneExits0() {
        Result result = cli(moveOnline("sip:user00001@contoso.com"));

        assertEquals(0, result.exit(), result.out() + result.err());
    }

    @Test
    void aMoveWithAFailedUserExits1() {
        run.hybrid()
                .world()
                .change(w -> w.faults(w.faults()
                        .withUserFailures(Map.of(
                                "user00002@contoso.com",
                                new Faults.UserFailure(Faults.UserFailure.Kind.FAULT_506, Integer.MAX_VALUE)))));

        Result result = cli(moveOnline("sip:user00002@contoso.com", "--retry-delay-ms", "10"));

        assertEquals(Main.EXIT_PROBLEMS, result.exit(), result.out() + result.err());
        assertTrue(result.out().contains("1 failed"), result.out());
    }

    @Test
    void anOptionValueTheCommandCannotTakeExits2() {
        Result result = cli(run.command("move", "--user", "sip:user00003@contoso.com", "--to", "mars"));

        assertEquals(Main.EXIT_USAGE, result.exit(), result.err());
    }

    @Test
    void reportsThatCannotBeWrittenExit3WithTheSummaryOnTheConsole() throws IOException {
        // the folder passes the check made before any move; a folder in the way of moves.json fails the write
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(Files.createDirectories(reports.resolve("moves.json")).resolve("keep"), "x");

        Result result = cli(moveOnline("sip:user00004@contoso.com", "--report-dir", reports.toString()));

        assertEquals(Main.EXIT_HALTED, result.exit(), result.out() + result.err());
        assertTrue(result.err().contains("the reports could not be written to " + reports), result.err());
        assertTrue(result.out().contains("1 moved"), result.out());
    }

    @Test
    void aRefusedPasswordExits3AfterOneSignInAttempt() throws IOException {
        int refusedBefore = run.hybrid().world().signIns().refused();
        int attemptsBefore = run.hybrid().world().signIns().attempts();

        Result result = cli(withWrongPassword(moveOnline("sip:user00005@contoso.com")));

        assertEquals(Main.EXIT_HALTED, result.exit(), result.out() + result.err());
        // refused before the job starts (said on stderr) or by its first cloud call (the job stops: on stdout)
        assertTrue((result.out() + result.err()).contains("sign-in was refused"), result.out() + result.err());
        assertEquals(1, run.hybrid().world().signIns().refused() - refusedBefore);
        assertEquals(1, run.hybrid().world().signIns().attempts() - attemptsBefore);
        assertFalse((result.out() + result.err()).contains("not-the-password"), result.out() + result.err());
    }

    @Test
    void readinessWithARefusedPasswordSignsInOnceAndReportsNotReady() throws IOException {
        Path wrong = Files.writeString(dir.resolve("wrong-password-readiness"), "not-the-password\n");
        int refusedBefore = run.hybrid().world().signIns().refused();
        int attemptsBefore = run.hybrid().world().signIns().attempts();
        List<String> arguments = run.command(
                "readiness", "--report-dir", dir.resolve("readiness").toString());
        arguments.set(arguments.indexOf(run.passwordFile().toString()), wrong.toString());

        Result result = cli(arguments);

        assertEquals(Main.EXIT_PROBLEMS, result.exit(), result.out() + result.err());
        assertEquals(1, run.hybrid().world().signIns().refused() - refusedBefore, result.out());
        assertEquals(1, run.hybrid().world().signIns().attempts() - attemptsBefore, result.out());
    }
}
