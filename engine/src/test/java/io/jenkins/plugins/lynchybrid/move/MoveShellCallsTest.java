package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.simulator.world.ShellCalls;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How many Management Shell round trips a move job costs besides Move-CsUser, from the simulator's own call counts:
 * the pre-checks read a chunk of users per Get-CsUser, the verifications as many moved users as are waiting.
 */
class MoveShellCallsTest {
    private static final int USERS = 400;

    @Test
    void thePreChecksReadEachChunkOfUsersWithOneGetCsUser() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(USERS)) {
            hybrid.world().shellCalls().reset();

            MoveResult result =
                    hybrid.run(hybrid.users(1, USERS), options(Home.ONLINE).withDryRun(true));

            assertEquals(USERS, result.count(UserOutcome.Status.WOULD_MOVE));
            // the first chunk holds one user (read alone), then chunks of forty: 1 + 399/40 rounded up = 11
            ShellCalls calls = hybrid.world().shellCalls();
            assertEquals(11, calls.of("Get-CsUser"), calls.snapshot().toString());
            assertEquals(1, calls.of("Get-CsUser", "Identity"), calls.snapshot().toString());
        }
    }

    @Test
    void theVerificationsReadTheMovedUsersInBatchesNotOneCallPerUser() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(USERS)) {
            // every call takes 20 ms, so moves finish while a verification read is under way and queue for the next
            hybrid.faults(f -> f.withLatency(Duration.ofMillis(20)));
            hybrid.world().shellCalls().reset();

            MoveResult result =
                    hybrid.run(hybrid.users(1, USERS), options(Home.ONLINE).withParallelism(Parallelism.fixed(16)));

            assertEquals(USERS, result.count(UserOutcome.Status.MOVED));
            ShellCalls calls = hybrid.world().shellCalls();
            long verifications = calls.of("Get-CsUser") - 11;
            assertEquals(USERS, calls.of("Move-CsUser"));
            // sixteen moves finish per read; a quarter of a call per user leaves room for a loaded machine
            assertTrue(verifications <= USERS / 4, verifications + " verification reads: " + calls.snapshot());
            assertTrue(verifications >= 1, calls.snapshot().toString());
        }
    }
}
