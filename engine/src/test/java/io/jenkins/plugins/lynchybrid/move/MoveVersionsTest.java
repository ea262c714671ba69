package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Moves online and back on each server version's cmdlet surface: every call binds (the simulator refuses none),
 * every user moves, and the Enterprise Voice bypass is sent only where the build has it.
 */
class MoveVersionsTest {
    private static final int USERS = 20;
    /** An Enterprise Voice user (every 20th) whose Phone System licence is taken away: U6 needs the bypass. */
    private static final int VOICE_USER = 20;

    @ParameterizedTest
    @EnumSource(ServerVersion.class)
    void usersMoveOnlineAndBackWithoutASingleRefusedCall(ServerVersion version) throws Exception {
        try (MoveFixture hybrid = new MoveFixture(USERS)) {
            HybridSite site = hybrid.on(version);
            hybrid.world()
                    .change(w -> w.unassign(
                            w.user(MoveFixture.sip(VOICE_USER)).orElseThrow(), OnPremUser.AssignedPlan.PHONE_SYSTEM));

            MoveResult online = hybrid.run(
                    hybrid.users(1, USERS), options(Home.ONLINE).withAllowBypass(true), Optional.empty(), site);
            MoveResult back = hybrid.run(hybrid.users(1, USERS), options(Home.ON_PREMISES), Optional.empty(), site);

            assertEquals(List.of(), hybrid.world().read(w -> List.copyOf(w.refusedCalls())));
            boolean bypassExists = version != ServerVersion.LYNC_2013;
            assertEquals(bypassExists ? USERS : USERS - 1, online.count(UserOutcome.Status.MOVED));
            assertEquals(bypassExists ? USERS : USERS - 1, back.count(UserOutcome.Status.MOVED));
            assertEquals(
                    bypassExists,
                    hybrid.moveCalls(VOICE_USER).stream()
                            .anyMatch(call -> Boolean.TRUE.equals(call.get("BypassEnterpriseVoiceCheck"))));
        }
    }
}
