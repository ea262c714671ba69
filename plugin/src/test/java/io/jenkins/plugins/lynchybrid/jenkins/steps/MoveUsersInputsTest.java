package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hudson.model.Result;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import java.io.File;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
 * What {@code lyncMoveUsers} does with journals, report folders and input it should not trust: a journal's notes reach
 * the build log, a journal of another job or a report folder that cannot take the reports fails the step before
 * anyone moves, host and file text is shown safe, and a rollback says who is back (and fails when not everyone is).
 */
@WithJenkins
class MoveUsersInputsTest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final int USERS = 20;
    private static final String LEGACY_JOURNAL = "{\"type\":\"job\",\"to\":\"online\"}";

    private JenkinsRule r;
    private SimulatedContoso contoso;
    private List<String> users;
    private WorkflowJob job;

    @BeforeEach
    void startHybrid(JenkinsRule rule) throws Exception {
        r = rule;
        contoso = SimulatedContoso.start(Scenario.HEALTHY, USERS, Faults.none());
        contoso.configureJenkins();
        users = contoso.sipAddresses(USERS);
        job = r.createProject(WorkflowJob.class, "moves");
    }

    @AfterEach
    void stopSimulator() throws Exception {
        contoso.close();
    }

    /** Runs {@code steps} on a node whose workspace holds users.csv with every test user. */
    private WorkflowRun build(String steps, Result expected) throws Exception {
        job.setDefinition(new CpsFlowDefinition(
                "node {\n  writeFile file: 'users.csv', text: '''" + SimulatedContoso.csv(users) + "'''\n" + steps
                        + "\n}",
                true));
        return r.buildAndAssertStatus(expected, job);
    }

    @Test
    void aHeaderlessJournalWithATornLastLineIsReadAndTheBuildLogSaysSo() throws Exception {
        WorkflowRun b = build(
                "writeFile file: 'old.jsonl', text: '" + LEGACY_JOURNAL + "\\n{\"type\":\"outcome\",\"user\":\"b@con'\n"
                        + "lyncMoveUsers site: 'contoso', users: 'users.csv', journal: 'old.jsonl'",
                Result.SUCCESS);

        r.assertLogContains("has no header (written before journals had one): read as it is", b);
        r.assertLogContains("its last line was cut short by a run that died mid-write", b);
        assertEquals(Collections.nCopies(USERS, 1), contoso.moveCounts(users));
    }

    @Test
    void aJournalOfTheOtherDirectionFailsTheStepBeforeAnyoneMoves() throws Exception {
        WorkflowRun b = build(
                "writeFile file: 'back.jsonl', text: '{\"type\":\"job\",\"to\":\"onprem\"}\\n'\n"
                        + "lyncMoveUsers site: 'contoso', users: 'users.csv', to: 'online', journal: 'back.jsonl'",
                Result.FAILURE);

        r.assertLogContains("records moves onprem; this job moves online: give this job a new journal", b);
        r.assertLogNotContains("lync-hybrid: moving", b);
        assertEquals(Collections.nCopies(USERS, 0), contoso.moveCounts(users));
    }

    @Test
    void aBadLineWithAnEscapeSequenceReachesTheBuildLogWithoutIt() throws Exception {
        WorkflowRun b = build(
                "writeFile file: 'users.csv', text: readFile('users.csv') + '\\nsip:evil\\u001b[2J@fabrikam.example'\n"
                        + "lyncMoveUsers site: 'contoso', users: 'users.csv'",
                Result.UNSTABLE);

        r.assertLogContains("lync-hybrid: bad line", b);
        r.assertLogContains("fabrikam.example", b);
        // Jenkins' own console notes start with ESC too; the host's clear-screen sequence must not be there
        assertFalse(b.getLog().contains("\u001b[2J"), "the raw escape sequence reached the build log");
    }

    @Test
    void aReportDirThatIsAFileFailsTheStepBeforeAnyoneMoves() throws Exception {
        WorkflowRun b = build(
                "writeFile file: 'reports', text: 'not a folder'\n"
                        + "lyncMoveUsers site: 'contoso', users: 'users.csv', reportDir: 'reports'",
                Result.FAILURE);

        r.assertLogContains("reportDir 'reports': report directory", b);
        assertEquals(Collections.nCopies(USERS, 0), contoso.moveCounts(users));
    }

    @Test
    void aReportDirThatIsASymbolicLinkFailsTheStepBeforeAnyoneMoves() throws Exception {
        assumeTrue(File.separatorChar == '/', "symbolic links made with sh");

        WorkflowRun b = build(
                "sh 'mkdir real && ln -s real reports'\n"
                        + "lyncMoveUsers site: 'contoso', users: 'users.csv', reportDir: 'reports'",
                Result.FAILURE);

        r.assertLogContains("it is a symbolic link; reports are not written through links", b);
        assertEquals(Collections.nCopies(USERS, 0), contoso.moveCounts(users));
    }

    @Test
    void aRollbackSaysThatEveryStartedUserIsBack() throws Exception {
        build("lyncMoveUsers site: 'contoso', users: 'users.csv', journal: 'online.jsonl'", Result.SUCCESS);

        WorkflowRun back =
                build("lyncMoveUsers site: 'contoso', fromJournal: 'online.jsonl', to: 'onprem'", Result.SUCCESS);

        r.assertLogContains(
                "lync-hybrid: rollback: " + USERS + " of " + USERS + " started users are back on-premises; 0 are not",
                back);
    }

    @Test
    void aRollbackThatCannotBringEveryoneBackFailsTheStepNamingWhoIsNot() throws Exception {
        build("lyncMoveUsers site: 'contoso', users: 'users.csv', journal: 'online.jsonl'", Result.SUCCESS);
        String stuck = stuckOnline();

        WorkflowRun back =
                build("lyncMoveUsers site: 'contoso', fromJournal: 'online.jsonl', to: 'onprem'", Result.FAILURE);

        r.assertLogContains(
                "rollback: " + (USERS - 1) + " of " + USERS + " started users are back on-premises; 1 are not (", back);
        r.assertLogContains(stuck, back);
    }

    @Test
    void withPropagateFalseAnIncompleteRollbackReturnsStatusFailed() throws Exception {
        build("lyncMoveUsers site: 'contoso', users: 'users.csv', journal: 'online.jsonl'", Result.SUCCESS);
        stuckOnline();

        WorkflowRun back = build(
                "def m = lyncMoveUsers site: 'contoso', fromJournal: 'online.jsonl', to: 'onprem', propagate: false\n"
                        + "echo \"status=${m.status} failed=${m.failed}\"",
                Result.SUCCESS);

        r.assertLogContains("status=FAILED failed=1", back);
    }

    /** The first user's moves fail from now on, whatever the retries; returns its address without "sip:". */
    private String stuckOnline() {
        String broken = users.get(0).substring("sip:".length());
        contoso.world()
                .change(w -> w.faults(Faults.none()
                        .withUserFailures(Map.of(
                                broken,
                                new Faults.UserFailure(Faults.UserFailure.Kind.FAULT_506, Integer.MAX_VALUE)))));
        return broken;
    }
}
