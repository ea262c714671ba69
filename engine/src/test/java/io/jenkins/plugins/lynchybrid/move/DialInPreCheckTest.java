package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.byUser;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.key;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.HostProtocol;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * U7 (domain.md §4.4): dial-in conferencing on-premises needs Audio Conferencing online. Its bypass switch is
 * deprecated on Microsoft's Move-CsUser page ("should not be used"), so allowing bypasses does not help; U6's
 * -BypassEnterpriseVoiceCheck still does on Skype for Business Server.
 */
class DialInPreCheckTest {
    private static final String AUDIO_BYPASS = "BypassAudioConferencingCheck";

    @Test
    void aDialInUserWithoutAudioConferencingFailsWithTheFixAndIsNotMoved() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(5)) {
            hybrid.dialIn(2);

            MoveResult result = hybrid.run(hybrid.users(1, 5), options(Home.ONLINE));

            assertFailedWith(
                    byUser(result).get(key(2)),
                    "dial-in conferencing user without an Audio Conferencing licence — fix: assign Audio Conferencing"
                            + " (MCOMEETADV)");
            assertEquals(0, hybrid.moveCalls().get(key(2)));
            assertEquals(4, result.count(UserOutcome.Status.MOVED));
        }
    }

    @Test
    void evenWithTheBypassAllowedTheDeprecatedAudioConferencingSwitchIsNeverSent() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(3)) {
            HybridSite sfb2019 = hybrid.onSkypeForBusinessServer2019();
            hybrid.dialIn(2);

            MoveResult result = hybrid.run(
                    hybrid.users(1, 3), options(Home.ONLINE).withAllowBypass(true), Optional.empty(), sfb2019);

            assertEquals(2, result.count(UserOutcome.Status.MOVED));
            assertFailedWith(byUser(result).get(key(2)), "-" + AUDIO_BYPASS + " is deprecated");
            assertEquals(0, hybrid.moveCounts().get(key(2)));
            assertFalse(hybrid.moveCalls(1).get(0).containsKey(AUDIO_BYPASS));
        }
    }

    @Test
    void theJournalAndTheReportShowTheExactCommandLineWithTheBypassItUsed(@TempDir Path dir) throws Exception {
        try (MoveFixture hybrid = new MoveFixture(20)) {
            HybridSite sfb2019 = hybrid.onSkypeForBusinessServer2019();
            withoutPhoneSystem(hybrid, 20);
            Path journal = dir.resolve("moves.jsonl");

            MoveResult result = hybrid.run(
                    hybrid.users(19, 20), options(Home.ONLINE).withAllowBypass(true), Optional.of(journal), sfb2019);

            String line = "Move-CsUser -Identity 'sip:user00020@contoso.com' -Target '" + World.SIPFED
                    + "' -Credential $credential -BypassEnterpriseVoiceCheck:$true -Confirm:$false";
            String note = "moved with -BypassEnterpriseVoiceCheck (Enterprise Voice user without a Phone System"
                    + " licence)";
            assertEquals(line + "; " + note, byUser(result).get(key(20)).reason());
            assertFalse(byUser(result).get(key(19)).reason().contains("Bypass"));
            assertTrue(Files.readString(journal).contains(line));
        }
    }

    @Test
    void onLyncServer2013AllowingTheBypassDoesNotHelpAndTheReasonSaysWhy() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(20)) {
            withoutPhoneSystem(hybrid, 20);

            MoveResult result =
                    hybrid.run(hybrid.users(19, 20), options(Home.ONLINE).withAllowBypass(true));

            assertFailedWith(
                    byUser(result).get(key(20)),
                    "Lync Server 2013's Move-CsUser has no -BypassEnterpriseVoiceCheck, so allowing the bypass cannot"
                            + " help");
            assertEquals(0, hybrid.moveCalls().get(key(20)));
        }
    }

    @Test
    void aDialInUserWithAudioConferencingMovesWithoutTheBypass() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(1)) {
            HybridSite sfb2019 = hybrid.onSkypeForBusinessServer2019();
            hybrid.dialIn(1);
            hybrid.world()
                    .change(w -> w.assign(
                            w.user(MoveFixture.sip(1)).orElseThrow(), OnPremUser.AssignedPlan.AUDIO_CONFERENCING));

            MoveResult result = hybrid.run(
                    hybrid.users(1, 1), options(Home.ONLINE).withAllowBypass(true), Optional.empty(), sfb2019);

            assertEquals(1, result.count(UserOutcome.Status.MOVED));
            assertFalse(hybrid.moveCalls(1).get(0).containsKey(AUDIO_BYPASS));
        }
    }

    @Test
    void aPerUserPolicyWithoutDialInWinsOverAGlobalPolicyWithIt() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(2)) {
            hybrid.world().change(w -> {
                policy(w, "Global").put("EnableDialInConferencing", true);
                policy(w, "Tag:" + World.DIAL_IN_POLICY).put("EnableDialInConferencing", false);
            });
            hybrid.dialIn(1);

            MoveResult result = hybrid.run(hybrid.users(1, 2), options(Home.ONLINE));

            assertEquals(UserOutcome.Status.MOVED, byUser(result).get(key(1)).status());
            assertEquals(UserOutcome.Status.FAILED, byUser(result).get(key(2)).status());
        }
    }

    @Test
    void theSitePolicyOfTheUsersRegistrarPoolAppliesBeforeGlobal() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(1)) {
            hybrid.world().change(w -> {
                Map<String, Object> site = new LinkedHashMap<>(policy(w, "Global"));
                site.put("Identity", "Site:Redmond");
                site.put("EnableDialInConferencing", true);
                w.conferencingPolicies().add(site);
            });

            MoveResult result = hybrid.run(hybrid.users(1, 1), options(Home.ONLINE));

            assertFailedWith(byUser(result).get(key(1)), "dial-in conferencing user");
            assertEquals(1, hybrid.world().shellCalls().of("Get-CsService", "Registrar"));
        }
    }

    @Test
    void withoutASitePolicyTheRegistrarPoolsSitesAreNeverRead() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(2)) {
            hybrid.dialIn(2);

            MoveResult result = hybrid.run(hybrid.users(1, 2), options(Home.ONLINE));

            assertEquals(UserOutcome.Status.MOVED, byUser(result).get(key(1)).status());
            assertFailedWith(byUser(result).get(key(2)), "dial-in conferencing user");
            assertEquals(1, hybrid.world().shellCalls().of("Get-CsConferencingPolicy"));
            assertEquals(0, hybrid.world().shellCalls().of("Get-CsService"));
        }
    }

    @Test
    void aUserNeedingBothChecksIsNotMovedSinceOnlyTheVoiceCheckCanStillBeBypassed() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(20)) {
            HybridSite sfb2019 = hybrid.onSkypeForBusinessServer2019();
            withoutPhoneSystem(hybrid, 20);
            hybrid.dialIn(20);

            MoveResult result = hybrid.run(
                    hybrid.users(20, 20), options(Home.ONLINE).withAllowBypass(true), Optional.empty(), sfb2019);

            assertFailedWith(byUser(result).get(key(20)), "-" + AUDIO_BYPASS + " is deprecated");
            assertEquals(0, hybrid.moveCounts().get(key(20)));
        }
    }

    private static void withoutPhoneSystem(MoveFixture hybrid, int user) {
        hybrid.world()
                .change(w ->
                        w.unassign(w.user(MoveFixture.sip(user)).orElseThrow(), OnPremUser.AssignedPlan.PHONE_SYSTEM));
    }

    @Test
    void movesBackOnPremisesNeverReadTheConferencingPolicies() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(2)) {
            hybrid.run(hybrid.users(1, 2), options(Home.ONLINE));

            MoveResult back = hybrid.run(hybrid.users(1, 2), options(Home.ON_PREMISES), refusing());

            assertEquals(2, back.count(UserOutcome.Status.MOVED));
        }
    }

    @Test
    void whenTheConferencingPoliciesCannotBeReadTheJobStopsBeforeAnyMove() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(3)) {
            MoveResult result = hybrid.run(hybrid.users(1, 3), options(Home.ONLINE), refusing());

            assertTrue(
                    result.stoppedEarly().orElseThrow().contains("Get-CsConferencingPolicy"),
                    result.stoppedEarly().toString());
            assertEquals(3, result.notAttempted());
            assertTrue(hybrid.moveCalls().values().stream().allMatch(n -> n == 0));
        }
    }

    @Test
    void theFirstUsersGetCsUserGoesBeforeTheConferencingPolicyReads() throws Exception {
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (MoveFixture hybrid = new MoveFixture(3)) {
            MoveResult result =
                    hybrid.run(hybrid.users(1, 3), options(Home.ONLINE), MoveFixture.recordingCmdlets(sent));

            assertEquals(3, result.count(UserOutcome.Status.MOVED));
        }
        assertEquals("Get-CsUser", sent.get(0), sent::toString);
        assertEquals(1, sent.stream().filter("Get-CsConferencingPolicy"::equals).count(), sent::toString);
    }

    private static void assertFailedWith(UserOutcome outcome, String reason) {
        assertEquals(UserOutcome.Status.FAILED, outcome.status(), outcome.reason());
        assertTrue(outcome.reason().contains(reason), outcome.reason());
    }

    private static Map<String, Object> policy(World world, String identity) {
        return world.conferencingPolicies().stream()
                .filter(p -> identity.equals(p.get("Identity")))
                .findFirst()
                .orElseThrow();
    }

    /** A host whose allow-list predates Get-CsConferencingPolicy: it refuses that cmdlet as the real host would. */
    private static java.util.function.UnaryOperator<LyncShell> refusing() {
        return shell -> new LyncShell() {
            @Override
            public List<PsObject> run(CmdletCall call) {
                if (call.cmdlet().equals("Get-CsConferencingPolicy")) {
                    throw HostProtocol.failure(
                            call.cmdlet(),
                            "PermissionDenied",
                            "The cmdlet 'Get-CsConferencingPolicy' is not in the shell host's allow-list.",
                            HostProtocol.REFUSED_ERROR_ID);
                }
                return shell.run(call);
            }

            @Override
            public void close() {
                shell.close();
            }
        };
    }
}
