package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hudson.model.Result;
import hudson.slaves.DumbSlave;
import io.jenkins.plugins.lynchybrid.jenkins.config.LyncHybridConfiguration;
import io.jenkins.plugins.lynchybrid.jenkins.credentials.TestCredentials;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import java.io.File;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

@WithJenkins
class MoveUsersStepTest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    /** Enough for the simulated world's one Enterprise Voice user (every 20th). */
    private static final int USERS = 20;

    private JenkinsRule r;
    private SimulatedContoso contoso;
    private static final String LEGACY_JOURNAL = "{\"type\":\"job\",\"to\":\"online\"}";

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
    private WorkflowRun build(String node, String steps, Result expected) throws Exception {
        job.setDefinition(new CpsFlowDefinition(
                "node" + node + " {\n  writeFile file: 'users.csv', text: '''" + SimulatedContoso.csv(users) + "'''\n"
                        + steps + "\n}",
                true));
        return r.buildAndAssertStatus(expected, job);
    }

    private WorkflowRun build(String steps, Result expected) throws Exception {
        return build("", steps, expected);
    }

    @Test
    void movesEveryListedUserOnlineExactlyOnce() throws Exception {
        WorkflowRun b = build(
                "def m = lyncMoveUsers site: 'contoso', users: 'users.csv', to: 'online'\n"
                        + "echo \"status=${m.status} moved=${m.moved} failed=${m.failed}\"",
                Result.SUCCESS);

        r.assertLogContains("status=SUCCESS moved=" + USERS + " failed=0", b);
        assertEquals(Collections.nCopies(USERS, 1), contoso.moveCounts(users));
    }

    @Test
    void shellHostsRunOnTheAgentOfTheStep() throws Exception {
        DumbSlave agent = r.createOnlineSlave();

        WorkflowRun b = build(
                "('" + agent.getNodeName() + "')",
                "def m = lyncMoveUsers site: 'contoso', users: 'users.csv', reportDir: 'reports'\n"
                        + "echo \"moved=${m.moved} report=${fileExists(m.html)}\"",
                Result.SUCCESS);

        r.assertLogContains("moved=" + USERS + " report=true", b);
    }

    @Test
    void usersThatFailMakeTheBuildUnstableAndTheRestStillMove() throws Exception {
        failEveryMoveOfTheFirstUser();

        WorkflowRun b = build(
                "def m = lyncMoveUsers site: 'contoso', users: 'users.csv'\n"
                        + "echo \"moved=${m.moved} failed=${m.failed}\"",
                Result.UNSTABLE);

        r.assertLogContains("moved=" + (USERS - 1) + " failed=1", b);
    }

    @Test
    void withPropagateFalseFailedUsersLeaveTheBuildResultToTheScript() throws Exception {
        failEveryMoveOfTheFirstUser();

        WorkflowRun b = build(
                "def m = lyncMoveUsers site: 'contoso', users: 'users.csv', propagate: false\n"
                        + "echo \"status=${m.status} failed=${m.failed}\"",
                Result.SUCCESS);

        r.assertLogContains("status=UNSTABLE failed=1", b);
    }

    @Test
    void dryRunMovesNobodyAndSaysWhoWould() throws Exception {
        WorkflowRun b = build(
                "def m = lyncMoveUsers site: 'contoso', users: 'users.csv', dryRun: true\n"
                        + "echo \"wouldMove=${m.wouldMove}\"",
                Result.SUCCESS);

        r.assertLogContains("wouldMove=" + USERS, b);
        assertEquals(Collections.nCopies(USERS, 0), contoso.moveCounts(users));
    }

    @Test
    void rollbackFromTheJournalMovesBackExactlyTheUsersItMoved() throws Exception {
        build("lyncMoveUsers site: 'contoso', users: 'users.csv', journal: 'online.jsonl'", Result.SUCCESS);

        WorkflowRun back = build(
                "def m = lyncMoveUsers site: 'contoso', fromJournal: 'online.jsonl', to: 'onprem'\n"
                        + "echo \"moved=${m.moved}\"",
                Result.SUCCESS);

        r.assertLogContains("moved=" + USERS, back);
        assertEquals(Collections.nCopies(USERS, 2), contoso.moveCounts(users));
        boolean anyOnline = contoso.world()
                .read(w -> users.stream().anyMatch(u -> w.user(u).orElseThrow().isOnline()));
        assertFalse(anyOnline);
    }

    @Test
    void stoppedMovesLeaveAJournalThatTheNextRunFinishesWithoutMovingAnyoneTwice() throws Exception {
        contoso.world().change(w -> w.faults(Faults.none().withLatency(Duration.ofMillis(300))));
        build(
                "timeout(time: 3, unit: 'SECONDS') {\n"
                        + "  lyncMoveUsers site: 'contoso', users: 'users.csv', parallelism: '1', journal:"
                        + " 'moves.jsonl'\n"
                        + "}",
                Result.ABORTED);
        contoso.world().change(w -> w.faults(Faults.none()));

        WorkflowRun resumed = build(
                "def m = lyncMoveUsers site: 'contoso', users: 'users.csv', journal: 'moves.jsonl'\n"
                        + "echo \"failed=${m.failed}\"",
                Result.SUCCESS);

        r.assertLogContains("failed=0", resumed);
        assertEquals(Collections.nCopies(USERS, 1), contoso.moveCounts(users));
    }

    @Test
    void aFilterNamingAnOuMovesTheUsersOfThatOu() throws Exception {
        String ou = ouOfTheFirstUser();

        WorkflowRun b = build(
                "def m = lyncMoveUsers site: 'contoso', filter: '" + ou + "'\necho \"moved=${m.moved}\"",
                Result.SUCCESS);

        r.assertLogContains("moved=" + USERS, b);
        assertEquals(Collections.nCopies(USERS, 1), contoso.moveCounts(users));
    }

    @Test
    void usersUnderAnExcludedOuAreSkippedAndNotMoved() throws Exception {
        String ou = ouOfTheFirstUser();
        List<String> inThatOu = contoso.world()
                .read(w -> users.stream()
                        .filter(u -> w.user(u).orElseThrow().distinguishedName().endsWith("," + ou))
                        .toList());

        WorkflowRun b = build(
                "def m = lyncMoveUsers site: 'contoso', users: 'users.csv', excludeOus: '''OU=Nobody,DC=contoso,DC=com\n"
                        + ou + "'''\necho \"skipped=${m.skipped}\"",
                Result.SUCCESS);

        r.assertLogContains("skipped=" + inThatOu.size(), b);
        assertEquals(Collections.nCopies(inThatOu.size(), 0), contoso.moveCounts(inThatOu));
    }

    @Test
    void strictRefusesAListWithABadLineBeforeAnyoneMoves() throws Exception {
        WorkflowRun b = build(
                "writeFile file: 'users.csv', text: readFile('users.csv') + '\\nsip:someone@fabrikam.example'\n"
                        + "lyncMoveUsers site: 'contoso', users: 'users.csv', strict: true",
                Result.FAILURE);

        r.assertLogContains("bad line(s) in the user list, nobody moved", b);
        assertEquals(Collections.nCopies(USERS, 0), contoso.moveCounts(users));
    }

    @Test
    void allowBypassLetsAnEnterpriseVoiceUserWithoutPhoneSystemMoveOnSkypeForBusinessServer() throws Exception {
        voiceUserWithoutPhoneSystemOnSkypeForBusiness2019();

        WorkflowRun b = build(
                "def m = lyncMoveUsers site: 'contoso', users: 'users.csv', allowBypass: true\n"
                        + "echo \"moved=${m.moved} failed=${m.failed}\"",
                Result.SUCCESS);

        r.assertLogContains("moved=" + USERS + " failed=0", b);
    }

    @Test
    void withoutAllowBypassAnEnterpriseVoiceUserWithoutPhoneSystemFailsItsPreCheck() throws Exception {
        String voiceUser = voiceUserWithoutPhoneSystemOnSkypeForBusiness2019();

        WorkflowRun b = build(
                "def m = lyncMoveUsers site: 'contoso', users: 'users.csv'\n"
                        + "echo \"moved=${m.moved} failed=${m.failed}\"",
                Result.UNSTABLE);

        r.assertLogContains("moved=" + (USERS - 1) + " failed=1", b);
        assertEquals(List.of(0), contoso.moveCounts(List.of(voiceUser)));
    }

    /** The first user's moves fail from now on, whatever the retries; returns its address without "sip:". */
    private String failEveryMoveOfTheFirstUser() {
        String broken = users.get(0).substring("sip:".length());
        contoso.world()
                .change(w -> w.faults(Faults.none()
                        .withUserFailures(Map.of(
                                broken,
                                new Faults.UserFailure(Faults.UserFailure.Kind.FAULT_506, Integer.MAX_VALUE)))));
        return broken;
    }

    /** The distinguished name of the OU holding the first test user (the world's users share a few OUs). */
    private String ouOfTheFirstUser() {
        String dn = contoso.world().read(w -> w.user(users.get(0)).orElseThrow().distinguishedName());
        return dn.substring(dn.indexOf(',') + 1);
    }

    /**
     * The world's Enterprise Voice user loses Phone System, on Skype for Business Server 2019 (whose Move-CsUser has
     * the bypass switches) configured as such.
     */
    private String voiceUserWithoutPhoneSystemOnSkypeForBusiness2019() {
        String voiceUser = contoso.world()
                .read(w -> w.users().stream()
                        .filter(OnPremUser::enterpriseVoiceEnabled)
                        .findFirst()
                        .orElseThrow()
                        .sipAddress());
        contoso.world().change(w -> {
            w.unassign(w.user(voiceUser).orElseThrow(), OnPremUser.AssignedPlan.PHONE_SYSTEM);
            w.install(ServerProduct.SFB_2019);
        });
        LyncHybridConfiguration.get()
                .findSite(SimulatedContoso.SITE)
                .orElseThrow()
                .setServerVersion("sfb2019");
        return voiceUser;
    }

    /** Checked by the worker now that start() touches no agent: still before anyone moves. */
    @Test
    void reportDirOutsideTheWorkspaceFailsTheStepBeforeAnyoneMoves() throws Exception {
        WorkflowRun b =
                build("lyncMoveUsers site: 'contoso', users: 'users.csv', reportDir: '../elsewhere'", Result.FAILURE);

        r.assertLogContains("reportDir '../elsewhere' must be a path inside the workspace", b);
        assertEquals(Collections.nCopies(USERS, 0), contoso.moveCounts(users));
    }

    @Test
    void usersAndFromJournalTogetherAreRefused() throws Exception {
        WorkflowRun b =
                build("lyncMoveUsers site: 'contoso', users: 'users.csv', fromJournal: 'online.jsonl'", Result.FAILURE);

        r.assertLogContains("lyncMoveUsers needs exactly one of users", b);
    }

    @Test
    void tenantPasswordIsInNoLogNoBuildFileAndNoJournal() throws Exception {
        WorkflowRun b = build(
                "lyncMoveUsers site: 'contoso', users: 'users.csv', journal: 'moves.jsonl', reportDir: 'reports'",
                Result.SUCCESS);

        r.assertLogNotContains(TestCredentials.PASSWORD, b);
        assertEquals(Set.of(), SimulatedContoso.filesContaining(b.getRootDir(), TestCredentials.PASSWORD));
        assertEquals(
                Set.of(),
                SimulatedContoso.filesContaining(
                        new java.io.File(r.jenkins.getWorkspaceFor(job).getRemote()), TestCredentials.PASSWORD));
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
        String stuck = failEveryMoveOfTheFirstUser();

        WorkflowRun back =
                build("lyncMoveUsers site: 'contoso', fromJournal: 'online.jsonl', to: 'onprem'", Result.FAILURE);

        r.assertLogContains(
                "rollback: " + (USERS - 1) + " of " + USERS + " started users are back on-premises; 1 are not (", back);
        r.assertLogContains(stuck, back);
    }

    @Test
    void withPropagateFalseAnIncompleteRollbackReturnsStatusFailed() throws Exception {
        build("lyncMoveUsers site: 'contoso', users: 'users.csv', journal: 'online.jsonl'", Result.SUCCESS);
        failEveryMoveOfTheFirstUser();

        WorkflowRun back = build(
                "def m = lyncMoveUsers site: 'contoso', fromJournal: 'online.jsonl', to: 'onprem', propagate: false\n"
                        + "echo \"status=${m.status} failed=${m.failed}\"",
                Result.SUCCESS);

        r.assertLogContains("status=FAILED failed=1", back);
    }
}
