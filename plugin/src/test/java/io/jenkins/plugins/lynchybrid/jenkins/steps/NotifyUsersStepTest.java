package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.Result;
import io.jenkins.plugins.lynchybrid.jenkins.config.LyncHybridConfiguration;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
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

/** {@code lyncNotifyUsers}: grants the notifying policy on Skype for Business Server 2019; elsewhere it says it cannot. */
@WithJenkins
class NotifyUsersStepTest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final List<String> WAVE = List.of("sip:user00001@contoso.com", "sip:user00002@contoso.com");

    private SimulatedContoso contoso;
    private JenkinsRule r;

    @BeforeEach
    void startHybrid(JenkinsRule rule) throws Exception {
        r = rule;
        contoso = SimulatedContoso.start(Scenario.HEALTHY, 4, Faults.none());
        contoso.configureJenkins();
    }

    @AfterEach
    void stopSimulator() throws Exception {
        contoso.close();
    }

    private void serverIs(ServerProduct product, String siteVersion) {
        contoso.world().change(w -> w.install(product));
        LyncHybridConfiguration.get().getSites().forEach(s -> s.setServerVersion(siteVersion));
    }

    private WorkflowRun build(String script, Result expected) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(
                "node {\n  writeFile file: 'wave.csv', text: '''" + SimulatedContoso.csv(WAVE) + "'''\n" + script
                        + "\n}",
                true));
        return r.buildAndAssertStatus(expected, job);
    }

    @Test
    void onSkypeForBusinessServer2019TheWavesUsersAreGrantedTheNotifyingPolicy() throws Exception {
        serverIs(ServerProduct.SFB_2019, "sfb2019");

        WorkflowRun b = build(
                "def n = lyncNotifyUsers site: 'contoso', users: 'wave.csv'\n"
                        + "echo \"notified=${n.notified} failed=${n.failed} status=${n.status}\"",
                Result.SUCCESS);

        r.assertLogContains("notified=2 failed=0 status=SUCCESS", b);
        assertEquals(
                List.of(true, true, false, false),
                contoso.world()
                        .read(w -> w.users().stream()
                                .map(u -> w.teamsUpgradePolicies().notified(u))
                                .toList()));
    }

    @Test
    void onLyncServer2013TheStepFailsSayingItCannotNotifyAndChangesNothing() throws Exception {
        WorkflowRun b = build("lyncNotifyUsers site: 'contoso', users: 'wave.csv'", Result.FAILURE);

        r.assertLogContains("cannot notify users of their upgrade to Teams", b);
        assertEquals(List.of(), contoso.world().read(World::changes));
    }
}
