package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.simulator.world.ShellCalls;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How many Management Shell round trips a move job costs besides Move-CsUser, from the simulator's own call counts:
 * the pre-checks read a chunk of users per Get-CsUser and per Get-CsOnlineUser, the verifications a batch gathered
 * while the moves go on.
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
    void whileMovesGoOnTheVerificationsGatherABatchPerRead() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(USERS)) {
            // every call takes 20 ms: sixteen moves at once finish 800 a second, a batch in 50 ms, far inside the bound
            hybrid.faults(f -> f.withLatency(Duration.ofMillis(20)));
            hybrid.world().shellCalls().reset();

            MoveResult result =
                    hybrid.run(hybrid.users(1, USERS), options(Home.ONLINE).withParallelism(Parallelism.fixed(16)));

            assertEquals(USERS, result.count(UserOutcome.Status.MOVED));
            ShellCalls calls = hybrid.world().shellCalls();
            long verifications = calls.of("Get-CsUser") - 11;
            assertEquals(USERS, calls.of("Move-CsUser"));
            // a read per forty users, and a few smaller: the first user's alone, the last moves' as they end
            assertTrue(
                    verifications <= USERS / Verifications.GATHER + 4,
                    verifications + " verification reads: " + calls.snapshot());
            assertTrue(
                    verifications >= USERS / AccountReader.BATCH,
                    calls.snapshot().toString());
        }
    }

    @Test
    void theProvisioningPreCheckReadsEachChunkWithOneGetCsOnlineUser() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(USERS)) {
            hybrid.world().shellCalls().reset();

            hybrid.run(hybrid.users(1, USERS), options(Home.ONLINE).withDryRun(true));

            // as the Get-CsUser pre-check: the first user alone, then 399 in chunks of forty
            ShellCalls calls = hybrid.world().shellCalls();
            assertEquals(
                    11, calls.of("Get-CsOnlineUser", "Filter"), calls.snapshot().toString());
        }
    }
}
