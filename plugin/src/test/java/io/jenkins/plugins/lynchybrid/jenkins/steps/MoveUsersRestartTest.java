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
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * {@code lyncMoveUsers} across a controller restart, the reason it is a durable step: the simulated service holds
 * the moves from a known call on, the controller restarts while they are held, and the resumed step finishes the
 * wave with one Move-CsUser call per user. The held call stands for one whose caller died with the controller: the
 * service never acts on it, so the resumed step must find that user not moved and move it itself.
 */
class MoveUsersRestartTest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    private static final int USERS = 12;
    /** Moves done before the restart: some users done, one in flight, the rest not started. */
    private static final int MOVED_BEFORE_RESTART = 5;

    private SimulatedContoso contoso;
    private List<String> users;

    @BeforeEach
    void startHybrid() throws Exception {
        contoso = SimulatedContoso.start(Scenario.HEALTHY, USERS, Faults.none());
        users = contoso.sipAddresses(USERS);
    }

    @AfterEach
    void stopSimulator() throws Exception {
        contoso.close();
    }

    @Test
    void aRestartMidWaveResumesFromTheJournalAndCallsMoveCsUserOncePerUser() throws Throwable {
        MovePause pause = contoso.world().pauseMovesAfter(MOVED_BEFORE_RESTART);
        sessions.then(r -> {
            contoso.configureJenkinsToRestartMidCall();
            WorkflowJob job = r.createProject(WorkflowJob.class, "wave");
            job.setDefinition(new CpsFlowDefinition(
                    "node {\n  writeFile file: 'users.csv', text: '''" + SimulatedContoso.csv(users) + "'''\n"
                            + "  def m = lyncMoveUsers site: 'contoso', users: 'users.csv', parallelism: '1',"
                            + " journal: 'wave.jsonl'\n"
                            + "  echo \"moved=${m.moved} skipped=${m.skipped} failed=${m.failed}\"\n}",
                    true));
            job.scheduleBuild2(0).waitForStart();

            assertTrue(pause.awaitHeld(Duration.ofMinutes(2)), "no Move-CsUser call reached the pause");
            assertEquals(
                    MOVED_BEFORE_RESTART,
                    moveCalls().stream().mapToInt(Integer::intValue).sum());
        });
        pause.lift();
        sessions.then(r -> {
            WorkflowRun b =
                    r.jenkins.getItemByFullName("wave", WorkflowJob.class).getBuildByNumber(1);

            r.assertBuildStatusSuccess(r.waitForCompletion(b));

            r.assertLogContains("the controller restarted", b);
            // the users moved before the restart are carried over from the journal, as "finished in an earlier run"
            r.assertLogContains(
                    "moved=" + (USERS - MOVED_BEFORE_RESTART) + " skipped=" + MOVED_BEFORE_RESTART + " failed=0", b);
            assertEquals(Collections.nCopies(USERS, 1), moveCalls());
        });
    }

    /** How many Move-CsUser calls the simulated service acted on, per user. */
    private List<Integer> moveCalls() {
        return contoso.world()
                .read(w -> users.stream()
                        .map(u -> w.user(u).orElseThrow().moveCalls())
                        .toList());
    }
}
