package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.model.Result;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import java.time.Duration;
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

/** {@code lyncVerifyMigration} and {@code lyncMigrationStatus} after a wave moved by {@code lyncMoveUsers}. */
@WithJenkins
class MigrationStepsTest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private JenkinsRule r;
    private SimulatedContoso contoso;
    private WorkflowJob job;

    @BeforeEach
    void startHybrid(JenkinsRule rule) throws Exception {
        r = rule;
        contoso = SimulatedContoso.start(Scenario.HEALTHY, 10, Faults.none());
        contoso.configureJenkins();
        job = r.createProject(WorkflowJob.class, "migration");
    }

    @AfterEach
    void stopSimulator() throws Exception {
        contoso.close();
    }

    private WorkflowRun build(String steps, Result expected) throws Exception {
        List<String> wave = contoso.sipAddresses(4);
        job.setDefinition(new CpsFlowDefinition(
                "node {\n  writeFile file: 'wave1.csv', text: '''" + SimulatedContoso.csv(wave) + "'''\n"
                        + "  lyncMoveUsers site: 'contoso', users: 'wave1.csv', journal: 'wave1.jsonl'\n"
                        + steps + "\n}",
                true));
        return r.buildAndAssertStatus(expected, job);
    }

    @Test
    void verifyRightAfterTheWaveLeavesUsersPendingAndTheBuildGreen() throws Exception {
        WorkflowRun b = build(
                "def v = lyncVerifyMigration site: 'contoso', journal: 'wave1.jsonl', maxWait: '0'\n"
                        + "echo \"status=${v.status} pending=${v.pending} failed=${v.failed}\"\n"
                        + "echo \"recorded=${readFile('wave1.jsonl').contains('\"type\":\"completion\"')}\"",
                Result.SUCCESS);

        r.assertLogContains("status=SUCCESS pending=4 failed=0", b);
        r.assertLogContains("recorded=true", b);
    }

    @Test
    void aFailedMeetingMigrationMarksTheBuildUnstableAndNamesTheServicesError() throws Exception {
        contoso.world()
                .change(w -> w.failMeetingMigration(
                        contoso.sipAddresses(4).get(1), "The organizer's mailbox could not be reached"));
        build("", Result.SUCCESS);
        contoso.world().change(w -> w.advanceClock(Duration.ofHours(30)));
        job.setDefinition(new CpsFlowDefinition(
                "node {\n  def v = lyncVerifyMigration site: 'contoso', journal: 'wave1.jsonl', maxWait: '0'\n"
                        + "  echo \"status=${v.status} verified=${v.verified} failed=${v.failed}\"\n}",
                true));

        WorkflowRun b = r.buildAndAssertStatus(Result.UNSTABLE, job);

        r.assertLogContains("status=UNSTABLE verified=3 failed=1", b);
        r.assertLogContains("The organizer's mailbox could not be reached", b);
    }

    @Test
    void statusReportsTheWaveAndTheLiveState() throws Exception {
        WorkflowRun b = build(
                "def s = lyncMigrationStatus site: 'contoso', journals: 'wave1.jsonl', reportDir: 'status'\n"
                        + "echo \"moved=${s.moved} onPremises=${s.onPremises} html=${fileExists(s.html)}\"",
                Result.SUCCESS);

        r.assertLogContains("moved=4 onPremises=6 html=true", b);
    }
}
