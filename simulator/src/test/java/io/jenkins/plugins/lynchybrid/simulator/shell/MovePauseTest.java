package io.jenkins.plugins.lynchybrid.simulator.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.MovePause;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test hook that stops a wave of moves at a known call, and the per-user count of Move-CsUser calls. */
class MovePauseTest {
    private static final String FIRST = "sip:user00001@contoso.com";
    private static final String SECOND = "sip:user00002@contoso.com";
    private static final String THIRD = "sip:user00003@contoso.com";

    private final World world = new World(5, "pw".toCharArray());
    private final Calls shell = new Calls(new ShellService(world));
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void closeSimulator() {
        world.releaseHeldMoves();
        callers.shutdownNow();
    }

    private Future<ShellReply> moveOnline(String identity) {
        return callers.submit(() -> shell.reply(
                "Move-CsUser",
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
    }

    private List<Integer> moveCalls(String... identities) {
        return world.read(w -> List.of(identities).stream()
                .map(i -> w.user(i).orElseThrow().moveCalls())
                .toList());
    }

    @Test
    void callsAfterThePassingOnesAreHeldBeforeTheServiceActs() throws Exception {
        MovePause pause = world.pauseMovesAfter(1);

        assertTrue(moveOnline(FIRST).get().ok());
        Future<ShellReply> held = moveOnline(SECOND);

        assertTrue(pause.awaitHeld(Duration.ofSeconds(30)));
        assertFalse(held.isDone());
        assertEquals(List.of(1, 0), moveCalls(FIRST, SECOND));
    }

    @Test
    void liftingLetsLaterCallsThroughAndNeverActsOnTheHeldOnes() throws Exception {
        MovePause pause = world.pauseMovesAfter(0);
        Future<ShellReply> held = moveOnline(FIRST);
        assertTrue(pause.awaitHeld(Duration.ofSeconds(30)));

        pause.lift();

        assertTrue(moveOnline(THIRD).get().ok());
        world.releaseHeldMoves();
        assertFalse(held.get().ok());
        assertEquals(List.of(0, 1), moveCalls(FIRST, THIRD));
    }

    @Test
    void releasingLetsTheHeldCallsAndLaterOnesGoOnToTheService() throws Exception {
        MovePause pause = world.pauseMovesAfter(0);
        Future<ShellReply> held = moveOnline(FIRST);
        assertTrue(pause.awaitHeld(Duration.ofSeconds(30)));

        pause.release();

        assertTrue(held.get().ok());
        assertTrue(moveOnline(THIRD).get().ok());
        assertEquals(List.of(1, 1), moveCalls(FIRST, THIRD));
    }

    @Test
    void aCallRefusedByTheServiceIsCountedToo() throws Exception {
        assertTrue(moveOnline(FIRST).get().ok());

        assertFalse(moveOnline(FIRST).get().ok());

        assertEquals(List.of(2), moveCalls(FIRST));
    }
}
