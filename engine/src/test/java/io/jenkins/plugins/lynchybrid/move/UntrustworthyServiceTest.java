package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults.UserFailure;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the hosted migration service says is not always what it did or how it says it: a throttle in words nobody
 * documented, and a success that moved nobody.
 */
class UntrustworthyServiceTest {

    /**
     * The service's throttle text is undocumented (domain.md §4.8). The simulator words this one unlike its capacity
     * throttle and unlike anything the classifier once looked for ("throttl", "busy", "too many", "try again later"):
     * it still cuts the adaptive limit, to the moves the service was still running (none, so one), and the retry then
     * moves the user. A classifier judging by words makes it a plain transient failure: the limit stays at 4.
     */
    @Test
    void aThrottleInWordsNobodyDocumentedStillCutsTheAdaptiveLimit() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(1)) {
            hybrid.faults(f ->
                    f.withUserFailures(Map.of(key(1), new UserFailure(UserFailure.Kind.THROTTLED_OTHER_WORDS, 1))));

            MoveResult result = hybrid.run(
                    hybrid.users(1, 1), MoveFixture.options(Home.ONLINE).withParallelism(Parallelism.auto()));

            assertEquals(1, result.timeline().throttledAt().size(), "the refusal counts as a throttle");
            assertEquals(
                    1,
                    result.timeline().inFlight().stream()
                            .mapToInt(MoveTimeline.InFlight::limit)
                            .min()
                            .orElseThrow(),
                    "the limit is cut from " + AdaptiveLimit.INITIAL + " to the moves still running, at least one");
            assertEquals(UserOutcome.Status.MOVED, result.outcomes().get(0).status());
            assertEquals(2, hybrid.moveCalls().get(key(1)), "the throttled call and the retry that moved the user");
        }
    }

    /**
     * Move-CsUser answers success, but the user is still on-premises: the engine's read-back after the move must
     * record the user failed, with what Get-CsUser shows, never moved. Without the read-back (recording MOVED on the
     * cmdlet's word) this test fails.
     */
    @Test
    void aMoveReportedSuccessfulWhileTheUserStaysIsRecordedFailedWithWhatGetCsUserShows() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(2)) {
            hybrid.faults(f -> f.withUserFailures(
                    Map.of(key(1), new UserFailure(UserFailure.Kind.SUCCESS_NOT_MOVED, Integer.MAX_VALUE))));

            MoveResult result = hybrid.run(hybrid.users(1, 2), MoveFixture.options(Home.ONLINE));

            UserOutcome stayed = MoveFixture.byUser(result).get(key(1));
            assertEquals(UserOutcome.Status.FAILED, stayed.status());
            assertTrue(
                    stayed.reason().startsWith("Move-CsUser reported success but the move is not visible: Get-CsUser"),
                    stayed.reason());
            assertFalse(hybrid.online(1));
            assertEquals(1, hybrid.moveCalls().get(key(1)), "a success is not retried: one call");
            assertEquals(
                    UserOutcome.Status.MOVED,
                    MoveFixture.byUser(result).get(key(2)).status());
            assertEquals(1, result.count(UserOutcome.Status.MOVED));
            assertEquals(1, result.exitCode(), "a failed user fails the job");
        }
    }
}
