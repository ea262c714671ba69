package io.jenkins.plugins.lynchybrid.simulator.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MoveCsUserTest {
    private static final String ALICE = "sip:user00001@contoso.com";
    private static final String VOICE_USER = "sip:user00020@contoso.com";

    private final World world = new World(30, "pw".toCharArray());
    private final Calls shell = new Calls(new ShellService(world));

    private ShellReply moveOnline(String identity, Object... more) {
        List<Object> parameters = new ArrayList<>(List.of(
                "Identity",
                identity,
                "Target",
                World.SIPFED,
                "Credential",
                true,
                "HostedMigrationOverrideUrl",
                World.HOSTED_MIGRATION_URL,
                "Confirm",
                false));
        parameters.addAll(List.of(more));
        return shell.reply("Move-CsUser", parameters.toArray());
    }

    /** move-users-from-the-cloud-to-on-premises.md: before SfB 2015 CU8 the TeamsOnly assignment goes first. */
    private void removeTeamsOnly(String identity) {
        assertTrue(shell.reply(
                        ShellService.ONLINE_MODULE + "Grant-CsTeamsUpgradePolicy",
                        "Identity",
                        identity,
                        "PolicyName",
                        null)
                .ok());
    }

    private OnPremUser user(String identity) {
        return world.read(w -> w.user(identity).orElseThrow());
    }

    @Test
    void aMoveOnlineFlipsTheHomeCountsTheMoveAndRecordsItWithoutTheCredential() {
        assertTrue(moveOnline(ALICE).ok());
        var seen = shell.objects("Get-CsUser", "Identity", ALICE).get(0);
        assertEquals(World.SIPFED, seen.get("HostingProvider").asText());
        assertTrue(seen.get("RegistrarPool").isNull());
        assertEquals(1, user(ALICE).moves());
        World.Change change = world.changes().get(0);
        assertEquals("Move-CsUser", change.operation());
        assertEquals(ALICE, change.target());
        assertFalse(change.parameters().containsKey("Credential"));
    }

    @Test
    void aMoveBackToThePoolMakesTheUserOnPremisesAgain() {
        moveOnline(ALICE);
        removeTeamsOnly(ALICE);
        assertTrue(shell.reply("Move-CsUser", "Identity", ALICE, "Target", World.POOL_FQDN, "Credential", true)
                .ok());
        assertEquals("SRV:", user(ALICE).hostingProvider());
        assertEquals(World.POOL_FQDN, user(ALICE).registrarPool());
        assertEquals(2, user(ALICE).moves());
    }

    @Test
    void lyncServer2013RefusesToTakeBackAUserStillAssignedTeamsOnly() {
        moveOnline(ALICE);

        ShellReply back = shell.reply("Move-CsUser", "Identity", ALICE, "Target", World.POOL_FQDN, "Credential", true);

        assertFalse(back.ok());
        assertTrue(
                back.error().message().contains("on-premises users must not have mode TeamsOnly"),
                back.error().message());
        assertTrue(user(ALICE).isOnline());
    }

    @Test
    void skypeForBusinessServerRemovesTheTeamsOnlyAssignmentItselfOnTheMoveBack() {
        world.change(w -> w.install(io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct.SFB_2019));
        moveOnline(ALICE);

        assertTrue(shell.reply("Move-CsUser", "Identity", ALICE, "Target", World.POOL_FQDN, "Credential", true)
                .ok());
        assertEquals(null, user(ALICE).teamsUpgradePolicy());
    }

    @Test
    void movingAUserAlreadyOnlineToTheCloudIsAnErrorAndNotASecondMove() {
        moveOnline(ALICE);
        ShellReply again = moveOnline(ALICE);
        assertEquals(
                "User \"" + ALICE + "\" is already homed at \"" + World.SIPFED + "\".",
                again.error().message());
        assertEquals(1, user(ALICE).moves());
    }

    @Test
    void everyMoveCallNamingAUserIsCountedWhetherAcceptedOrRefused() {
        moveOnline(ALICE);
        moveOnline(ALICE);

        assertEquals(2, user(ALICE).moveCalls(), "the refused second call counts too");
        assertEquals(1, user(ALICE).moves());
    }

    @Test
    void aThrottledMoveCallIsCounted() {
        world.change(w -> w.faults(w.faults().withThrottleRate(1.0)));

        assertFalse(moveOnline(ALICE).ok());

        assertEquals(1, user(ALICE).moveCalls());
        assertEquals(0, user(ALICE).moves());
    }

    @Test
    void aUserOnTheSecondPoolGoesBackToTheSecondPool() {
        world.change(w -> {
            w.addRegistrarPool(World.SECOND_POOL_FQDN);
            w.homeOnPool(w.user(ALICE).orElseThrow(), World.SECOND_POOL_FQDN);
        });
        moveOnline(ALICE);
        removeTeamsOnly(ALICE);

        assertTrue(shell.reply("Move-CsUser", "Identity", ALICE, "Target", World.SECOND_POOL_FQDN, "Credential", true)
                .ok());

        assertEquals(World.SECOND_POOL_FQDN, user(ALICE).registrarPool());
        assertFalse(user(ALICE).isOnline());
    }

    @Test
    void withoutSharedSipAddressSpaceTheServiceAnswersFault510() {
        Scenario.SHARED_SIP_OFF.apply(world);
        assertEquals(
                "HostedMigration fault: Error=(510), Description=(This user's tenant is not enabled for shared sip"
                        + " address space.)",
                moveOnline(ALICE).error().message());
        assertEquals(0, user(ALICE).moves());
    }

    @Test
    void anUnlicensedUserGetsFault507() {
        Scenario.USER_UNLICENSED.apply(world);
        assertTrue(moveOnline(ALICE).error().message().startsWith("HostedMigration fault: Error=(507)"));
    }

    @Test
    void anUnsyncedUserGetsFault506() {
        Scenario.USER_NOT_SYNCED.apply(world);
        assertTrue(moveOnline(ALICE).error().message().startsWith("HostedMigration fault: Error=(506)"));
    }

    @Test
    void withoutTheHostingProviderTheTargetIsUnknown() {
        Scenario.HOSTING_PROVIDER_MISSING.apply(world);
        assertEquals(
                "Cannot find a Registrar pool or hosting provider with the FQDN \"" + World.SIPFED + "\".",
                moveOnline(ALICE).error().message());
    }

    @Test
    void aDisabledHostingProviderRefusesTheMove() {
        world.change(w -> w.hostingProviders().get(0).put("Enabled", false));
        assertTrue(moveOnline(ALICE).error().message().contains("is not enabled to host users"));
    }

    @Test
    void anEnterpriseVoiceUserWithoutPhoneSystemMovesOnlyWithTheBypassSwitch() {
        world.change(w -> w.install(ServerProduct.SFB_2019));
        world.change(w -> w.unassign(w.user(VOICE_USER).orElseThrow(), OnPremUser.AssignedPlan.PHONE_SYSTEM));
        assertTrue(moveOnline(VOICE_USER).error().message().contains("-BypassEnterpriseVoiceCheck"));
        assertTrue(moveOnline(VOICE_USER, "BypassEnterpriseVoiceCheck", true).ok());
    }

    @Test
    void aDialInUserWithoutAudioConferencingMovesOnlyWithTheBypassSwitch() {
        world.change(w -> w.install(ServerProduct.SFB_2019));
        world.change(w -> w.grantConferencingPolicy(w.user(ALICE).orElseThrow(), World.DIAL_IN_POLICY));

        ShellReply refused = moveOnline(ALICE);
        assertTrue(
                refused.error().message().contains("-BypassAudioConferencingCheck"),
                refused.error().message());
        assertEquals(0, user(ALICE).moves());
        assertTrue(moveOnline(ALICE, "BypassAudioConferencingCheck", true).ok());
        assertTrue(user(ALICE).isOnline());
    }

    @Test
    void aDialInUserWithAudioConferencingMovesWithoutTheBypassSwitch() {
        world.change(w -> {
            OnPremUser alice = w.user(ALICE).orElseThrow();
            w.grantConferencingPolicy(alice, World.DIAL_IN_POLICY);
            w.assign(alice, OnPremUser.AssignedPlan.AUDIO_CONFERENCING);
        });

        assertTrue(moveOnline(ALICE).ok());
    }

    @Test
    void aPerUserPolicyWithoutDialInWinsOverAGlobalPolicyWithIt() {
        world.change(w -> {
            w.conferencingPolicies().get(0).put("EnableDialInConferencing", true);
            w.conferencingPolicies().get(1).put("EnableDialInConferencing", false);
            w.grantConferencingPolicy(w.user(ALICE).orElseThrow(), World.DIAL_IN_POLICY);
        });

        assertTrue(moveOnline(ALICE).ok());
        assertTrue(moveOnline("sip:user00002@contoso.com").error().message().contains("dial-in conferencing"));
    }

    @Test
    void lyncServer2013CannotBindTheBypassSwitches() {
        for (String bypass : List.of("BypassAudioConferencingCheck", "BypassEnterpriseVoiceCheck")) {
            ShellReply.Error error = moveOnline(ALICE, bypass, true).error();

            assertEquals("A parameter cannot be found that matches parameter name '" + bypass + "'.", error.message());
            assertTrue(error.errorId().startsWith("NamedParameterNotFound,"), error.errorId());
        }
        assertEquals(0, user(ALICE).moves());
    }

    @Test
    void anInjectedTransientFaultFailsTheGivenNumberOfAttemptsThenTheMoveSucceeds() {
        failAlicesFirstMove(Faults.UserFailure.Kind.FAULT_507);
        assertTrue(moveOnline(ALICE).error().message().startsWith("HostedMigration fault: Error=(507)"));
        assertTrue(moveOnline(ALICE).ok());
    }

    @Test
    void aLostReplyMovesTheUserButMarksTheReplyLost() {
        failAlicesFirstMove(Faults.UserFailure.Kind.LOST_REPLY);
        assertTrue(moveOnline(ALICE).replyLost());
        assertTrue(user(ALICE).isOnline());
    }

    @Test
    void aSuccessWithoutTheMoveAnswersOkButLeavesTheUserOnPremises() {
        failAlicesFirstMove(Faults.UserFailure.Kind.SUCCESS_NOT_MOVED);
        ShellReply reply = moveOnline(ALICE);

        assertTrue(reply.ok());
        assertFalse(reply.replyLost());
        assertFalse(user(ALICE).isOnline());
        assertEquals(0, user(ALICE).moves());
        assertEquals(1, user(ALICE).moveCalls());
    }

    @Test
    void theThrottleInOtherWordsKeepsTheOverloadCodeAndLeavesTheUserOnPremises() {
        failAlicesFirstMove(Faults.UserFailure.Kind.THROTTLED_OTHER_WORDS);
        ShellReply.Error error = moveOnline(ALICE).error();

        assertEquals(MoveCsUser.THROTTLED_OTHER_WORDS, error.message());
        assertTrue(error.message().startsWith("HostedMigration fault: Error=(503)"), error.message());
        assertFalse(user(ALICE).isOnline());
        assertTrue(moveOnline(ALICE).ok(), "the throttle lasts the given number of attempts");
    }

    @Test
    void atFullThrottleRateEveryMoveGetsTheThrottlingFaultAndNobodyMoves() {
        world.change(w -> w.faults(w.faults().withThrottleRate(1.0)));
        assertEquals(MoveCsUser.THROTTLED, moveOnline(ALICE).error().message());
        assertFalse(user(ALICE).isOnline());
    }

    @Test
    void movesBeyondTheServiceCapacityAreThrottled() throws Exception {
        world.change(w -> w.faults(w.faults().withCapacity(1).withLatency(Duration.ofSeconds(1))));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<ShellReply>> replies = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                String identity = "sip:user0000" + i + "@contoso.com";
                replies.add(callers.submit(() -> moveOnline(identity)));
            }
            long throttled = 0;
            for (Future<ShellReply> reply : replies) {
                ShellReply r = reply.get();
                throttled += !r.ok() && MoveCsUser.THROTTLED.equals(r.error().message()) ? 1 : 0;
            }
            assertTrue(throttled >= 1, "some of four simultaneous moves exceed a capacity of one");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aMoveWithoutTargetMissesAMandatoryParameter() {
        ShellReply.Error error = shell.error("Move-CsUser", "Identity", ALICE);
        assertTrue(error.message().contains("missing mandatory parameters: Target"), error.message());
        assertTrue(world.changes().isEmpty());
    }

    /** Injects {@code kind} for the first Move-CsUser of user00001 (ALICE) only. */
    private void failAlicesFirstMove(Faults.UserFailure.Kind kind) {
        world.change(w -> w.faults(
                w.faults().withUserFailures(Map.of("user00001@contoso.com", new Faults.UserFailure(kind, 1)))));
    }
}
