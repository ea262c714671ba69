package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.move.MoveListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class MoveCommandTest {
    @TempDir
    Path dir;

    private Path site;
    private Path password;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeSiteAndPassword() throws Exception {
        site = OfflineSite.write(dir);
        password = Files.writeString(dir.resolve("password"), "secret\n");
    }

    private int move(String... arguments) {
        CommandLine line = Main.commandLine();
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        String[] all = new String[arguments.length + 5];
        all[0] = "move";
        all[1] = "--site";
        all[2] = site.toString();
        all[3] = "--password-file";
        all[4] = password.toString();
        System.arraycopy(arguments, 0, all, 5, arguments.length);
        return line.execute(all);
    }

    @Test
    void twoUserSourcesAreAUsageError() throws Exception {
        Path csv = Files.writeString(dir.resolve("u.csv"), "SipAddress\nsip:a@contoso.com\n");

        int exit = move("--to", "online", "--users", csv.toString(), "--user", "sip:b@contoso.com");

        assertEquals(Main.EXIT_USAGE, exit, err.toString());
        assertTrue(err.toString().contains("exactly one of --users"), err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --to mars                       | Invalid value for option '--to': 'mars' is not one of online, onprem
            --to online --parallel lots     | Invalid value for option '--parallel': 'lots' is neither auto nor a number of moves
            --to online --max-failures 120% | Invalid value for option '--max-failures': '120%' is not a percentage from 0% to 100%
            """)
    void aValueAnOptionCannotTakeIsAUsageErrorNamingTheOption(String options, String message) {
        int exit = move((options + " --user sip:a@contoso.com").split(" "));

        assertEquals(Main.EXIT_USAGE, exit, err.toString());
        assertTrue(err.toString().contains(message), err.toString());
    }

    @Test
    void rollingBackInTheJournalsOwnDirectionIsAUsageErrorNamingTheTargetToGive() throws Exception {
        Path journal = Files.writeString(dir.resolve("wave.jsonl"), "{\"type\":\"job\",\"to\":\"online\"}\n");

        int exit = move("--to", "online", "--from-journal", journal.toString());

        assertEquals(Main.EXIT_USAGE, exit, err.toString());
        assertTrue(
                err.toString()
                        .contains("lync-hybrid: journal " + journal
                                + " moved users online; rolling them back needs the target onprem, not online"),
                err.toString());
    }

    @Test
    void strictModeStopsOnABadLineBeforeAnyShellStarts() throws Exception {
        Path csv = Files.writeString(dir.resolve("u.csv"), "SipAddress\nsip:a@contoso.com\nnot-an-address\n");

        int exit = move("--to", "online", "--users", csv.toString(), "--strict");

        assertEquals(Main.EXIT_USAGE, exit, err.toString());
        assertTrue(err.toString().contains("u.csv:3"), err.toString());
    }

    @Test
    void plainProgressLinesShowCountsRateAndEta() {
        MoveListener.Progress progress = new MoveListener.Progress(50, 200, 45, 3, 2, 12, Duration.ofSeconds(10));

        String line = MoveProgress.line(progress, false);

        assertEquals("50/200 done (45 moved, 3 skipped, 2 failed) 5.0 users/s, 12 at once, ETA 0:00:30", line);
    }

    @Test
    void aDryRunsProgressSaysWouldMoveNeverMoved() {
        MoveListener.Progress progress = new MoveListener.Progress(1, 2, 1, 0, 0, 1, Duration.ofSeconds(1));

        String line = MoveProgress.line(progress, true);

        assertEquals("1/2 done (1 would move, 0 skipped, 0 failed) 1.0 users/s, 1 at once, ETA 0:00:01", line);
    }

    @Test
    void theProgressBarIsFilledInProportion() {
        MoveListener.Progress progress = new MoveListener.Progress(100, 200, 100, 0, 0, 8, Duration.ofSeconds(4));

        assertTrue(MoveProgress.bar(progress, false).startsWith("[" + "#".repeat(15) + " ".repeat(15) + "]"));
    }
}
