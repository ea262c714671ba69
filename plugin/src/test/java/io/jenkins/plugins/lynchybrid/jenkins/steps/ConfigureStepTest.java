package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.Result;
import io.jenkins.plugins.lynchybrid.jenkins.credentials.TestCredentials;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
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
class ConfigureStepTest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private SimulatedContoso contoso;
    private JenkinsRule r;

    @BeforeEach
    void startUnconfiguredHybrid(JenkinsRule rule) throws Exception {
        r = rule;
        contoso = SimulatedContoso.start(Scenario.UNCONFIGURED, 5, Faults.none());
        contoso.configureJenkins();
    }

    @AfterEach
    void stopSimulator() throws Exception {
        contoso.close();
    }

    private WorkflowRun build(String script, Result expected) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("node {\n" + script + "\n}", true));
        return r.buildAndAssertStatus(expected, job);
    }

    private Object edgeAllowsFederatedUsers() {
        return contoso.world().read(w -> w.accessEdge().get("AllowFederatedUsers"));
    }

    @Test
    void dryRunIsTheDefaultAndChangesNothing() throws Exception {
        WorkflowRun b = build(
                "def c = lyncHybridConfigure site: 'contoso'\n"
                        + "echo \"status=${c.status} dryRun=${c.dryRun} some=${c.planned > 0}\"",
                Result.SUCCESS);

        r.assertLogContains("status=PLANNED dryRun=true some=true", b);
        assertEquals(false, edgeAllowsFederatedUsers());
    }

    @Test
    void applyConfiguresTheHybridAndReportsConvergence() throws Exception {
        WorkflowRun b = build(
                "def c = lyncHybridConfigure site: 'contoso', dryRun: false\n"
                        + "echo \"status=${c.status} failed=${c.failed}\"",
                Result.SUCCESS);

        r.assertLogContains("status=CONVERGED failed=0", b);
        assertEquals(true, edgeAllowsFederatedUsers());
    }

    @Test
    void applyingTwiceChangesNothingTheSecondTime() throws Exception {
        build("lyncHybridConfigure site: 'contoso', dryRun: false", Result.SUCCESS);

        WorkflowRun again = build(
                "def c = lyncHybridConfigure site: 'contoso', dryRun: false\necho \"planned=${c.planned}\"",
                Result.SUCCESS);

        r.assertLogContains("planned=0", again);
    }

    @Test
    void reportsLandInTheWorkspace() throws Exception {
        WorkflowRun b = build(
                "def c = lyncHybridConfigure site: 'contoso', reportDir: 'out/configure'\n"
                        + "echo \"html=${fileExists(c.html)} junit=${fileExists(c.junit)} result=${fileExists(c.json)}\"",
                Result.SUCCESS);

        r.assertLogContains("html=true junit=true result=true", b);
    }

    @Test
    void tenantPasswordIsInNoLogAndNoBuildFile() throws Exception {
        WorkflowRun b = build("lyncHybridConfigure site: 'contoso', dryRun: false", Result.SUCCESS);

        r.assertLogNotContains(TestCredentials.PASSWORD, b);
        assertEquals(Set.of(), SimulatedContoso.filesContaining(b.getRootDir(), TestCredentials.PASSWORD));
    }

    @Test
    void aFailedConfigureFailsTheStepSoTheNextStepDoesNotRun() throws Exception {
        contoso.world().change(w -> w.externalAccessPolicies().clear());

        WorkflowRun b =
                build("lyncHybridConfigure site: 'contoso', dryRun: false\necho 'after configure'", Result.FAILURE);

        r.assertLogContains("lyncHybridConfigure: failed", b);
        r.assertLogNotContains("after configure", b);
    }

    @Test
    void withPropagateFalseAFailedConfigureReturnsTheSummaryAndLeavesTheBuildAlone() throws Exception {
        contoso.world().change(w -> w.externalAccessPolicies().clear());

        WorkflowRun b = build(
                "def c = lyncHybridConfigure site: 'contoso', dryRun: false, propagate: false\n"
                        + "echo \"status=${c.status} error=${c.error != null}\"",
                Result.SUCCESS);

        r.assertLogContains("status=FAILED error=true", b);
    }
}
