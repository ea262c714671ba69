package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.Result;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
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
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Two builds of one wave (same site, tenant and direction) on one controller: each keeps its journal in its own build
 * folder, so only the controller-wide lock stops them moving users at once. The first build is slowed by the
 * simulated service (one second per call, one move at a time: 30 s of moves) so that it still holds the wave when the
 * second build reaches the lock; the second waits, says for which build, and moves only once the first has ended.
 * Builds are stopped with the {@code timeout} step, which stops the step as the build's Abort button does.
 */
@WithJenkins
class MoveUsersWaveLockTest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final int USERS = 60;
    private static final Faults SLOW = Faults.none().withLatency(Duration.ofSeconds(1));

    private JenkinsRule r;
    private SimulatedContoso contoso;
    private List<String> first;
    private List<String> second;

    @BeforeEach
    void startHybrid(JenkinsRule rule) throws Exception {
        r = rule;
        r.jenkins.setNumExecutors(2);
        contoso = SimulatedContoso.start(Scenario.HEALTHY, USERS, Faults.none());
        contoso.configureJenkins();
        List<String> users = contoso.sipAddresses(USERS);
        first = users.subList(0, USERS / 2);
        second = users.subList(USERS / 2, USERS);
    }

    @AfterEach
    void stopSimulator() throws Exception {
        contoso.close();
    }

    /** A job moving {@code users} with {@code arguments} added to lyncMoveUsers' own. */
    private WorkflowJob wave(String name, List<String> users, String arguments) throws Exception {
        return wave(name, users, arguments, "", "");
    }

    /** A job whose step is stopped by the {@code timeout} step after {@code seconds}. */
    private WorkflowJob stoppedAfter(int seconds, String name, List<String> users) throws Exception {
        return wave(name, users, "", "timeout(time: " + seconds + ", unit: 'SECONDS') {\n", "}\n");
    }

    private WorkflowJob wave(String name, List<String> users, String arguments, String before, String after)
            throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, name);
        job.setDefinition(new CpsFlowDefinition(
                "node {\n  writeFile file: 'users.csv', text: '''" + SimulatedContoso.csv(users) + "'''\n" + before
                        + "  def m = lyncMoveUsers site: 'contoso', users: 'users.csv', to: 'online', parallelism: '1'"
                        + arguments + "\n  echo \"moved=${m.moved} failed=${m.failed}\"\n" + after + "}",
                true));
        return job;
    }

    /** Starts a build of {@code job} and returns it once it holds the wave (its moves have started). */
    private WorkflowRun holdingTheWave(WorkflowJob job) throws Exception {
        contoso.world().change(w -> w.faults(SLOW));
        WorkflowRun b = job.scheduleBuild2(0).waitForStart();
        return r.waitForMessage("lync-hybrid: this build holds the wave", b);
    }

    @Test
    void aSecondBuildOfTheWaveWaitsForTheFirstAndMovesOnlyAfterIt() throws Exception {
        WorkflowRun a = holdingTheWave(wave("wave-a", first, ""));

        WorkflowRun b = wave("wave-b", second, "").scheduleBuild2(0).waitForStart();
        r.waitForMessage("lync-hybrid: waiting for wave-a #1, which is moving users for site 'contoso'", b);

        assertEquals(Collections.nCopies(second.size(), 0), contoso.moveCounts(second));
        contoso.world().change(w -> w.faults(Faults.none()));
        r.assertBuildStatusSuccess(r.waitForCompletion(a));
        r.assertBuildStatusSuccess(r.waitForCompletion(b));
        r.assertLogContains("moved=" + second.size() + " failed=0", b);
        assertEquals(Collections.nCopies(USERS / 2, 1), contoso.moveCounts(first));
        assertEquals(Collections.nCopies(USERS / 2, 1), contoso.moveCounts(second));
    }

    @Test
    void anAbortedBuildReleasesTheWaveToTheBuildWaitingForIt() throws Exception {
        WorkflowRun a = holdingTheWave(stoppedAfter(20, "wave-a", first));
        WorkflowRun b = wave("wave-b", second, "").scheduleBuild2(0).waitForStart();
        r.waitForMessage("lync-hybrid: waiting for wave-a #1", b);

        r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(a));
        contoso.world().change(w -> w.faults(Faults.none()));

        r.assertBuildStatusSuccess(r.waitForCompletion(b));
        assertEquals(Collections.nCopies(USERS / 2, 1), contoso.moveCounts(second));
    }

    @Test
    void aBuildStoppedWhileWaitingEndsWithoutTakingTheWave() throws Exception {
        WorkflowRun a = holdingTheWave(wave("wave-a", first, ""));
        WorkflowRun b = stoppedAfter(5, "wave-b", second).scheduleBuild2(0).waitForStart();
        r.waitForMessage("lync-hybrid: waiting for wave-a #1", b);

        r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(b));
        assertEquals(Collections.nCopies(USERS / 2, 0), contoso.moveCounts(second));
        contoso.world().change(w -> w.faults(Faults.none()));
        r.assertBuildStatusSuccess(r.waitForCompletion(a));
    }

    @Test
    void aFailedBuildReleasesTheWave() throws Exception {
        WorkflowJob broken = r.createProject(WorkflowJob.class, "broken");
        broken.setDefinition(new CpsFlowDefinition(
                "node {\n  writeFile file: 'users.csv', text: '''" + SimulatedContoso.csv(first)
                        + "\nsip:someone@fabrikam.example'''\n"
                        + "  lyncMoveUsers site: 'contoso', users: 'users.csv', to: 'online', strict: true\n}",
                true));
        r.buildAndAssertStatus(Result.FAILURE, broken);

        WorkflowRun b = r.buildAndAssertSuccess(wave("wave-b", second, ""));

        r.assertLogNotContains("waiting for", b);
    }

    @Test
    void aDryRunOfTheSameWaveChangesNothingAndDoesNotWait() throws Exception {
        WorkflowRun a = holdingTheWave(wave("wave-a", first, ""));

        WorkflowRun dry = r.buildAndAssertSuccess(wave("dry", second, ", dryRun: true"));

        r.assertLogNotContains("waiting for", dry);
        assertEquals(Collections.nCopies(USERS / 2, 0), contoso.moveCounts(second));
        contoso.world().change(w -> w.faults(Faults.none()));
        r.assertBuildStatusSuccess(r.waitForCompletion(a));
    }
}
