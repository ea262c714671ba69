package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import io.jenkins.plugins.lynchybrid.jenkins.credentials.TestCredentials;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import java.util.Collections;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class ReadinessStepTest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private SimulatedContoso contoso;

    @AfterEach
    void stopSimulator() throws Exception {
        contoso.close();
    }

    private WorkflowRun build(JenkinsRule r, Scenario scenario, String script, Result expected) throws Exception {
        contoso = SimulatedContoso.start(scenario, 20, Faults.none());
        contoso.configureJenkins();
        WorkflowJob job = r.createProject(WorkflowJob.class, "gate");
        job.setDefinition(new CpsFlowDefinition("node {\n" + script + "\n}", true));
        return r.buildAndAssertStatus(expected, job);
    }

    @Test
    void healthyHybridIsReadyAndTheScriptGetsTheCounts(JenkinsRule r) throws Exception {
        WorkflowRun b = build(
                r,
                Scenario.HEALTHY,
                "def r = lyncHybridReadiness site: 'contoso'\n"
                        + "echo \"ready=${r.ready} status=${r.status} failed=${r.fail}\"",
                Result.SUCCESS);

        r.assertLogContains("ready=true status=READY failed=0", b);
    }

    @Test
    void aNotReadyHybridFailsTheStepSoTheNextStepDoesNotRun(JenkinsRule r) throws Exception {
        WorkflowRun b = build(
                r, Scenario.UNCONFIGURED, "lyncHybridReadiness site: 'contoso'\necho 'past the gate'", Result.FAILURE);

        r.assertLogContains("lyncHybridReadiness: not ready (fail on fail)", b);
        r.assertLogNotContains("past the gate", b);
    }

    @Test
    void noUserMovesAfterAFailedGate(JenkinsRule r) throws Exception {
        // a stale directory sync fails the gate, though the moves themselves would go through
        contoso = SimulatedContoso.start(Scenario.DIRSYNC_STALE, 5, Faults.none());
        contoso.configureJenkins();
        List<String> users = contoso.sipAddresses(5);
        WorkflowJob job = r.createProject(WorkflowJob.class, "gate-then-move");
        job.setDefinition(new CpsFlowDefinition(
                "node {\n  writeFile file: 'users.csv', text: '''" + SimulatedContoso.csv(users) + "'''\n"
                        + "  lyncHybridReadiness site: 'contoso'\n"
                        + "  lyncMoveUsers site: 'contoso', users: 'users.csv'\n}",
                true));

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, job);

        r.assertLogContains("lyncHybridReadiness: not ready", b);
        assertEquals(Collections.nCopies(users.size(), 0), contoso.moveCounts(users));
    }

    @Test
    void withPropagateFalseANotReadyHybridReturnsTheSummaryForTheScriptToDecide(JenkinsRule r) throws Exception {
        WorkflowRun b = build(
                r,
                Scenario.UNCONFIGURED,
                "def r = lyncHybridReadiness site: 'contoso', propagate: false\n"
                        + "echo \"ready=${r.ready} failedChecks=${r.failedChecks.size() > 0}\"",
                Result.SUCCESS);

        r.assertLogContains("ready=false failedChecks=true", b);
    }

    @Test
    void aFailedGateLeavesItsReportsInTheWorkspaceForAPostBlock(JenkinsRule r) throws Exception {
        WorkflowRun b = build(
                r,
                Scenario.UNCONFIGURED,
                "try {\n  lyncHybridReadiness site: 'contoso', reportDir: 'reports'\n} finally {\n"
                        + "  echo \"junit=${fileExists('reports/readiness-junit.xml')}\"\n}",
                Result.FAILURE);

        r.assertLogContains("junit=true", b);
    }

    @Test
    void notReadyMakesTheBuildUnstableWhenAskedTo(JenkinsRule r) throws Exception {
        build(
                r,
                Scenario.UNCONFIGURED,
                "lyncHybridReadiness site: 'contoso', unstableIfNotReady: true",
                Result.UNSTABLE);
    }

    @Test
    void aSyncNineHoursOldFailsTheDefaultThresholdButPassesATwelveHourOne(JenkinsRule r) throws Exception {
        WorkflowRun b = build(
                r,
                Scenario.DIRSYNC_STALE,
                "def strict = lyncHybridReadiness site: 'contoso', propagate: false\n"
                        + "def lenient = lyncHybridReadiness site: 'contoso', syncThreshold: '12h'\n"
                        + "echo \"default=${strict.failedChecks} lenient=${lenient.failedChecks}\"",
                Result.SUCCESS);

        r.assertLogContains("default=[tenant.dirsync-recent] lenient=[]", b);
    }

    @Test
    void reportsLandInTheWorkspaceAndOnTheBuildPage(JenkinsRule r) throws Exception {
        WorkflowRun b = build(
                r,
                Scenario.HEALTHY,
                "def r = lyncHybridReadiness site: 'contoso', reportDir: 'reports/gate'\n"
                        + "echo \"html=${fileExists(r.html)} junit=${fileExists(r.junit)} json=${fileExists(r.json)}\"",
                Result.SUCCESS);

        r.assertLogContains("html=true junit=true json=true", b);
        ReportAction action = b.getAction(ReportAction.class);
        assertNotNull(action);
        assertEquals("lync-hybrid-readiness-1", action.getUrlName());
        assertTrue(action.getOutcome().startsWith("ready"), action.getOutcome());
    }

    @Test
    void reportDirOutsideTheWorkspaceIsRefusedByName(JenkinsRule r) throws Exception {
        WorkflowRun b = build(
                r, Scenario.HEALTHY, "lyncHybridReadiness site: 'contoso', reportDir: '../elsewhere'", Result.FAILURE);

        r.assertLogContains("reportDir '../elsewhere' must be a path inside the workspace", b);
    }

    @Test
    void unknownSiteIsRefusedByName(JenkinsRule r) throws Exception {
        WorkflowRun b = build(r, Scenario.HEALTHY, "lyncHybridReadiness site: 'fabrikam'", Result.FAILURE);

        r.assertLogContains("No Lync hybrid site is named 'fabrikam'", b);
    }

    @Test
    void failOnOutsideFailAndWarnIsRefusedByName(JenkinsRule r) throws Exception {
        WorkflowRun b =
                build(r, Scenario.HEALTHY, "lyncHybridReadiness site: 'contoso', failOn: 'never'", Result.FAILURE);

        r.assertLogContains("lyncHybridReadiness parameter failOn: 'never' is not one of fail, warn", b);
    }

    @Test
    void tenantPasswordIsInNoLogNoBuildFileAndNoReport(JenkinsRule r) throws Exception {
        WorkflowRun b =
                build(r, Scenario.HEALTHY, "lyncHybridReadiness site: 'contoso', reportDir: 'reports'", Result.SUCCESS);

        r.assertLogNotContains(TestCredentials.PASSWORD, b);
        assertEquals(java.util.Set.of(), SimulatedContoso.filesContaining(b.getRootDir(), TestCredentials.PASSWORD));
        assertEquals(
                java.util.Set.of(),
                SimulatedContoso.filesContaining(
                        new java.io.File(
                                r.jenkins.getWorkspaceFor(b.getParent()).getRemote()),
                        TestCredentials.PASSWORD));
    }

    /**
     * The trust-store password is a secret like the tenant's: here it is the site's name, which the readiness
     * summary prints, so the masker must replace it.
     */
    @Test
    void theTrustStorePasswordIsMaskedInTheConsole(JenkinsRule r) throws Exception {
        contoso = SimulatedContoso.start(Scenario.HEALTHY, 5, Faults.none(), SimulatedContoso.SITE);
        contoso.configureJenkins();
        WorkflowJob job = r.createProject(WorkflowJob.class, "masked");
        job.setDefinition(new CpsFlowDefinition("node { lyncHybridReadiness site: 'contoso' }", true));

        WorkflowRun b = r.buildAndAssertSuccess(job);

        r.assertLogContains("Readiness of **** (", b);
        r.assertLogNotContains("Readiness of contoso", b);
    }
}
