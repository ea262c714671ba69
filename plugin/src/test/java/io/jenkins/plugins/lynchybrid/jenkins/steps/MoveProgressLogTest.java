package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.lynchybrid.failures.Failure;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.move.MoveListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the build log shows of a move as it happens: host and file text made safe, the journal's notes included. */
class MoveProgressLogTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final List<Integer> checkpoints = new ArrayList<>();
    private final MoveProgressLog progress =
            new MoveProgressLog(new PrintStream(log, true, StandardCharsets.UTF_8), checkpoints::add);

    private String log() {
        return log.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void aJournalNoteReachesTheBuildLog() {
        progress.note("journal /builds/7/journal.jsonl has no header (written before journals had one): read as it is");

        assertEquals(
                "lync-hybrid: journal /builds/7/journal.jsonl has no header (written before journals had one): read as"
                        + " it is\n",
                log());
    }

    @Test
    void aNoteCannotForgeALogLineOrCarryAnEscapeSequence() {
        progress.note("journal x: cut\nlync-hybrid: all users moved\u001b[2J");

        assertEquals("lync-hybrid: journal x: cut\\nlync-hybrid: all users moved\\u001B[2J\n", log());
    }

    @Test
    void aFailedUsersHostReasonIsShownSafeOnOneLine() {
        UserOutcome failed = new UserOutcome(
                "kim@contoso.com",
                "sip:kim@contoso.com",
                UserOutcome.Status.FAILED,
                "Move-CsUser: denied\r\n\u001b[31mlync-hybrid: 0 failed",
                3,
                10,
                Instant.EPOCH);

        progress.userDone(failed, new MoveListener.Progress(1, 2, 0, 0, 1, 1, Duration.ofSeconds(1)));

        assertEquals(
                "lync-hybrid: failed sip:kim@contoso.com: Move-CsUser: denied\\r\\n\\u001B[31mlync-hybrid: 0 failed\n",
                log());
        assertEquals(List.of(1), checkpoints);
    }

    @Test
    void aRetryShowsTheUserAndTheFailureSafe() {
        progress.retry(
                "kim\u0007@contoso.com",
                1,
                new Failure(Failure.Kind.TRANSIENT, "timed out\nlync-hybrid: fake", null),
                Duration.ofMillis(2000));

        assertEquals(
                "lync-hybrid: retrying kim\\u0007@contoso.com in 2000 ms (attempt 1 failed: timed out\\nlync-hybrid:"
                        + " fake)\n",
                log());
    }
}
