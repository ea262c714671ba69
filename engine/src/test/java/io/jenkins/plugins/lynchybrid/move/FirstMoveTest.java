package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The first move goes out before the next chunk's reads (issue 15, first-move): the first chunk is one user so that
 * a move starts as soon as one can, and the next chunk's reads must not take the one host warm at the start ahead of
 * it.
 */
class FirstMoveTest {
    @Test
    void theNextChunksReadsWaitUntilTheFirstMoveHasBeenHandedToTheShell() throws Exception {
        List<String> sent = new CopyOnWriteArrayList<>();
        try (MoveFixture hybrid = new MoveFixture(5)) {
            MoveResult result =
                    hybrid.run(hybrid.users(1, 5), options(Home.ONLINE), MoveFixture.recordingCmdlets(sent));

            assertEquals(5, result.count(UserOutcome.Status.MOVED));
        }
        int firstMove = sent.indexOf("Move-CsUser");
        int secondChunksRead = sent.subList(1, sent.size()).indexOf("Get-CsUser") + 1;
        assertTrue(firstMove >= 0 && firstMove < secondChunksRead, sent::toString);
    }

    @Test
    void aFirstUserWhoIsNotMovedDoesNotHoldTheNextChunkBack() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(3)) {
            hybrid.run(hybrid.users(1, 1), options(Home.ONLINE));

            MoveResult result = assertTimeoutPreemptively(
                    Duration.ofSeconds(30), () -> hybrid.run(hybrid.users(1, 3), options(Home.ONLINE)));

            assertEquals(1, result.count(UserOutcome.Status.SKIPPED), result.outcomes()::toString);
            assertEquals(2, result.count(UserOutcome.Status.MOVED), result.outcomes()::toString);
            assertEquals(1, hybrid.moveCalls().get(MoveFixture.key(1)), "user 1 was not moved again");
        }
    }
}
