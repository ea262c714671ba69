package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.byUser;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.key;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults.UserFailure;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.users.JournalUserSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving a TeamsOnly user back to Lync Server 2013 (earlier than Skype for Business Server 2015 CU8) first removes
 * their UpgradeToTeams assignment of TeamsUpgradePolicy online (move-users-from-the-cloud-to-on-premises.md).
 */
class Lync2013RollbackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GRANT = "Grant-CsTeamsUpgradePolicy";

    @TempDir
    Path dir;

    private static List<JsonNode> lines(Path journal) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(journal)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    /** Takes back on-premises every user the journal {@code out} started, journaling in {@code back}. */
    private static MoveResult rollBack(MoveFixture hybrid, Path out, Path back) throws InterruptedException {
        return hybrid.run(JournalUserSource.read(out, Home.ON_PREMISES), options(Home.ON_PREMISES), Optional.of(back));
    }

    /** The world's recorded changes for {@code sip}, as "operation" in order. */
    private static List<String> changes(MoveFixture hybrid, String sip) {
        return hybrid.world()
                .read(w -> w.changes().stream()
                        .filter(c -> c.target().equalsIgnoreCase(sip))
                        .map(World.Change::operation)
                        .toList());
    }

    @Test
    void aUserMovedOnlineAndBackHasThePolicyRemovedBeforeMoveCsUserRecordedInTheJournal() throws Exception {
        Path out = dir.resolve("out.jsonl");
        Path back = dir.resolve("back.jsonl");
        try (MoveFixture hybrid = new MoveFixture(3)) {
            hybrid.run(hybrid.users(1, 1), options(Home.ONLINE), Optional.of(out));
            assertEquals(
                    "UpgradeToTeams",
                    hybrid.world()
                            .read(w -> w.user(MoveFixture.sip(1)).orElseThrow().teamsUpgradePolicy()));

            MoveResult rollback = rollBack(hybrid, out, back);

            assertEquals(UserOutcome.Status.MOVED, byUser(rollback).get(key(1)).status());
            assertFalse(hybrid.online(1));
            assertNull(hybrid.world()
                    .read(w -> w.user(MoveFixture.sip(1)).orElseThrow().teamsUpgradePolicy()));
            assertEquals(List.of("Move-CsUser", GRANT, "Move-CsUser"), changes(hybrid, MoveFixture.sip(1)));
            List<String> types = lines(back).stream()
                    .filter(l -> l.path("user").asText().equals(key(1)))
                    .map(l -> l.path("type").asText())
                    .toList();
            assertEquals(List.of("prepare", "start", "outcome"), types);
            JsonNode prepare = lines(back).stream()
                    .filter(l -> l.path("type").asText().equals("prepare"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    "MicrosoftTeams\\Grant-CsTeamsUpgradePolicy -Identity '" + MoveFixture.sip(1)
                            + "' -PolicyName $null",
                    prepare.path("command").asText());
        }
    }

    @Test
    void withoutTheRemovalLyncServer2013RefusesToTakeTheTeamsOnlyUserBack() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(3)) {
            hybrid.run(hybrid.users(1, 1), options(Home.ONLINE));

            MoveResult back = hybrid.run(hybrid.users(1, 1), options(Home.ON_PREMISES), shell -> withoutGrants(shell));

            UserOutcome outcome = byUser(back).get(key(1));
            assertEquals(UserOutcome.Status.FAILED, outcome.status());
            assertTrue(outcome.reason().contains("on-premises users must not have mode TeamsOnly"), outcome.reason());
            assertTrue(hybrid.online(1));
        }
    }

    @Test
    void skypeForBusinessServerRemovesTheAssignmentItselfSoNoRemovalIsSent() throws Exception {
        Path back = dir.resolve("back.jsonl");
        try (MoveFixture hybrid = new MoveFixture(3)) {
            var site = hybrid.on(ServerVersion.SFB_2019);
            hybrid.run(hybrid.users(1, 1), options(Home.ONLINE), Optional.empty(), site);

            MoveResult rollback = hybrid.run(hybrid.users(1, 1), options(Home.ON_PREMISES), Optional.of(back), site);

            assertEquals(UserOutcome.Status.MOVED, byUser(rollback).get(key(1)).status());
            assertEquals(List.of("Move-CsUser", "Move-CsUser"), changes(hybrid, MoveFixture.sip(1)));
            assertTrue(
                    lines(back).stream().noneMatch(l -> l.path("type").asText().equals("prepare")));
        }
    }

    @Test
    void aResumedRollbackRemovesThePolicyOncePerRunAndOnlyForUsersItStillMoves() throws Exception {
        Path out = dir.resolve("out.jsonl");
        Path back = dir.resolve("back.jsonl");
        try (MoveFixture hybrid = new MoveFixture(3)) {
            hybrid.run(hybrid.users(1, 2), options(Home.ONLINE), Optional.of(out));
            hybrid.faults(f -> f.withUserFailures(Map.of(key(2), new UserFailure(UserFailure.Kind.FAULT_506, 1))));
            MoveResult first = rollBack(hybrid, out, back);
            assertEquals(UserOutcome.Status.FAILED, byUser(first).get(key(2)).status());

            MoveResult second = rollBack(hybrid, out, back);

            assertEquals(UserOutcome.Status.MOVED, byUser(second).get(key(2)).status());
            assertEquals(
                    1,
                    changes(hybrid, MoveFixture.sip(1)).stream()
                            .filter(GRANT::equals)
                            .count());
            assertEquals(
                    2,
                    changes(hybrid, MoveFixture.sip(2)).stream()
                            .filter(GRANT::equals)
                            .count(),
                    "once in each run that moved the user, never per retry");
            assertEquals(
                    2,
                    lines(back).stream()
                            .filter(l -> l.path("type").asText().equals("prepare")
                                    && l.path("user").asText().equals(key(2)))
                            .count());
        }
    }

    /** A shell that drops every TeamsUpgradePolicy grant, as if the step were missing. */
    private static LyncShell withoutGrants(LyncShell shell) {
        return new LyncShell() {
            @Override
            public List<PsObject> run(CmdletCall call) {
                return call.cmdlet().endsWith(GRANT) ? List.of() : shell.run(call);
            }

            @Override
            public void close() {
                shell.close();
            }
        };
    }
}
