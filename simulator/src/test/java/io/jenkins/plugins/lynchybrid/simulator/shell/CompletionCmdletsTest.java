package io.jenkins.plugins.lynchybrid.simulator.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionCmdletsTest {
    private static final String ANN = "sip:user00001@contoso.com";
    private static final String BOB = "sip:user00002@contoso.com";

    private final World world = new World(5, "pw".toCharArray());
    private final Calls shell = new Calls(new ShellService(world));

    private void moveOnline(String identity) {
        shell.objects("Move-CsUser", "Identity", identity, "Target", World.SIPFED, "Credential", true);
    }

    private ObjectNode migration(String identity) {
        List<ObjectNode> found = shell.objects("Get-CsMeetingMigrationStatus", "Identity", identity);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private void advance(Duration by) {
        world.change(w -> w.advanceClock(by));
    }

    @Test
    void aUserMovedOnlineIsTeamsOnlyAndAnOnPremisesUserIsNot() {
        moveOnline(ANN);

        assertEquals(
                "TeamsOnly",
                shell.objects("Get-CsOnlineUser", "Identity", ANN)
                        .get(0)
                        .path("TeamsUpgradeEffectiveMode")
                        .asText());
        assertEquals(
                "Islands",
                shell.objects("Get-CsOnlineUser", "Identity", BOB)
                        .get(0)
                        .path("TeamsUpgradeEffectiveMode")
                        .asText());
    }

    @Test
    void aMoveOnlineStartsAMeetingMigrationThatSucceedsAfterAboutTwoHours() {
        assertEquals(List.of(), shell.objects("Get-CsMeetingMigrationStatus", "Identity", ANN));
        moveOnline(ANN);

        assertEquals("Pending", migration(ANN).path("State").asText());
        advance(Duration.ofMinutes(30));
        assertEquals("InProgress", migration(ANN).path("State").asText());
        advance(Duration.ofHours(2));
        ObjectNode done = migration(ANN);
        assertEquals("Succeeded", done.path("State").asText());
        assertEquals(
                done.path("TotalMeeting").asInt(), done.path("SucceededMeeting").asInt());
    }

    @Test
    void aFailingMigrationIsRetriedNineTimesOverADayThenFailedWithItsError() {
        world.change(w -> w.failMeetingMigration(ANN, "mailbox unreachable"));
        moveOnline(ANN);

        advance(Duration.ofHours(3));
        ObjectNode retrying = migration(ANN);
        assertEquals("InProgress", retrying.path("State").asText());
        assertTrue(retrying.path("RetryCount").asInt() >= 1);
        assertEquals("mailbox unreachable", retrying.path("LastMessage").asText());
        advance(Duration.ofHours(24));
        ObjectNode failed = migration(ANN);
        assertEquals("Failed", failed.path("State").asText());
        assertEquals(9, failed.path("RetryCount").asInt());
    }

    @Test
    void summaryOnlyCountsUsersPerStateAndStateFilters() {
        world.change(w -> w.failMeetingMigration(BOB, "mailbox unreachable"));
        moveOnline(ANN);
        moveOnline(BOB);
        advance(Duration.ofHours(30));

        List<ObjectNode> summary = shell.objects("Get-CsMeetingMigrationStatus", "SummaryOnly", true);

        assertEquals(
                List.of("Failed=1", "Succeeded=1"),
                summary.stream()
                        .map(s -> s.path("State").asText() + "="
                                + s.path("UserCount").asInt())
                        .toList());
        assertEquals(
                1,
                shell.objects("Get-CsMeetingMigrationStatus", "State", "failed").size());
        assertTrue(shell.error("Get-CsMeetingMigrationStatus", "State", "Done")
                .message()
                .contains("Pending, InProgress, Failed, Succeeded"));
    }

    @Test
    void anIdentityTheTenantDoesNotKnowIsNotFound() {
        assertEquals(
                "ObjectNotFound",
                shell.error("Get-CsOnlineUser", "Identity", "nobody@contoso.com")
                        .category());
    }
}
