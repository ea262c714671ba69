package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.MovePause;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * The wave lock across a controller restart: the lock lives in memory, so the restart drops it, and the resumed
 * build must take it again before it touches its journal. A second build of the same wave started after the restart
 * therefore waits for the resumed one. The resumed build's moves are slowed by the simulated service (one second per
 * call, one at a time) so that it still holds the wave when the second build reaches the lock.
 */
class MoveUsersWaveRestartTest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    private static final int WAVE = 20;
    private static final int LATER = 4;
    private static final int MOVED_BEFORE_RESTART = 3;

    private SimulatedContoso contoso;
    private List<String> wave;
    private List<String> later;

    @BeforeEach
    void startHybrid() throws Exception {
        contoso = SimulatedContoso.start(Scenario.HEALTHY, WAVE + LATER, Faults.none());
        List<String> users = contoso.sipAddresses(WAVE + LATER);
        wave = users.subList(0, WAVE);
        later = users.subList(WAVE, WAVE + LATER);
    }

    @AfterEach
    void stopSimulator() throws Exception {
        contoso.close();
    }

    @Test
    void theResumedBuildTakesItsWaveAgainSoASecondBuildOfTheWaveWaitsForIt() throws Throwable {
        MovePause pause = contoso.world().pauseMovesAfter(MOVED_BEFORE_RESTART);
        sessions.then(r -> {
            contoso.configureJenkinsToRestartMidCall();
            r.jenkins.setNumExecutors(2);
            job(r, "wave", wave).scheduleBuild2(0).waitForStart();
            assertTrue(pause.awaitHeld(Duration.ofMinutes(2)), "no Move-CsUser call reached the pause");
        });
        contoso.world().change(w -> w.faults(Faults.none().withLatency(Duration.ofSeconds(1))));
        pause.lift();
        sessions.then(r -> {
            WorkflowRun resumed =
                    r.jenkins.getItemByFullName("wave", WorkflowJob.class).getBuildByNumber(1);
            r.waitForMessage("again after the controller restart", resumed);

            WorkflowRun second = job(r, "wave-later", later).scheduleBuild2(0).waitForStart();

            r.waitForMessage("lync-hybrid: waiting for wave #1", second);
            assertEquals(Collections.nCopies(LATER, 0), contoso.moveCounts(later));
            contoso.world().change(w -> w.faults(Faults.none()));
            r.assertBuildStatusSuccess(r.waitForCompletion(resumed));
            r.assertBuildStatusSuccess(r.waitForCompletion(second));
            assertEquals(Collections.nCopies(WAVE + LATER, 1), moveCalls());
        });
    }

    private static WorkflowJob job(JenkinsRule r, String name, List<String> users) throws Exception {
        WorkflowJob job = r.jenkins.getItemByFullName(name, WorkflowJob.class);
        if (job == null) {
            job = r.createProject(WorkflowJob.class, name);
        }
        job.setDefinition(new CpsFlowDefinition(
                "node {\n  writeFile file: 'users.csv', text: '''" + SimulatedContoso.csv(users) + "'''\n"
                        + "  lyncMoveUsers site: 'contoso', users: 'users.csv', to: 'online', parallelism: '1',"
                        + " journal: 'wave.jsonl'\n}",
                true));
        return job;
    }

    /** How many Move-CsUser calls the simulated service acted on, per user. */
    private List<Integer> moveCalls() {
        return contoso.world()
                .read(w -> java.util.stream.Stream.concat(wave.stream(), later.stream())
                        .map(u -> w.user(u).orElseThrow().moveCalls())
                        .toList());
    }
}
