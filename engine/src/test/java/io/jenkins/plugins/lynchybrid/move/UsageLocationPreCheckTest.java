package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.byUser;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.key;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import org.junit.jupiter.api.Test;

/**
 * The move's pre-check judges usageLocation with the same judgement as readiness's users.usage-location
 * (graph.UsageLocation): Graph can hold an empty string there (api-reference/v1.0/resources/user.md documents a
 * two-letter ISO 3166 code), and no licence can be assigned with it.
 */
class UsageLocationPreCheckTest {
    @Test
    void anEmptyUsageLocationStopsTheUserBeforeTheMove() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(3)) {
            hybrid.world().change(w -> w.user(key(2)).orElseThrow().usageLocation(""));

            MoveResult result = hybrid.run(hybrid.users(1, 3), options(Home.ONLINE));

            UserOutcome outcome = byUser(result).get(key(2));
            assertEquals(UserOutcome.Status.FAILED, outcome.status());
            assertTrue(outcome.reason().contains("usageLocation is empty"), outcome.reason());
            assertEquals(0, hybrid.moveCounts().get(key(2)));
            assertEquals(2, result.count(UserOutcome.Status.MOVED));
        }
    }
}
