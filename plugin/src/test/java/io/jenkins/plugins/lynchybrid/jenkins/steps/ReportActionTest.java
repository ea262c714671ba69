package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import jenkins.model.Jenkins;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlInlineFrame;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.springframework.security.access.AccessDeniedException;

/** The build page's link to a step's HTML report: who may see it, and how it is served. */
@WithJenkins
class ReportActionTest {
    private JenkinsRule r;
    private SimulatedContoso contoso;
    private WorkflowRun build;
    private String reportUrl;

    @BeforeEach
    void runReadiness(JenkinsRule rule) throws Exception {
        r = rule;
        contoso = SimulatedContoso.start(Scenario.HEALTHY, 5, Faults.none());
        contoso.configureJenkins();
        WorkflowJob job = r.createProject(WorkflowJob.class, "gate");
        job.setDefinition(new CpsFlowDefinition("node { lyncHybridReadiness site: 'contoso' }", true));
        build = r.buildAndAssertSuccess(job);
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("operator")
                .grant(Jenkins.READ)
                .everywhere()
                .to("stranger"));
        reportUrl = r.getURL() + build.getUrl() + "lync-hybrid-readiness-1/report";
    }

    @AfterEach
    void stopSimulator() throws Exception {
        contoso.close();
    }

    private Page fetchAs(String user) throws Exception {
        JenkinsRule.WebClient web = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        web.login(user);
        return web.getPage(reportUrl);
    }

    @Test
    void whoMayReadTheJobGetsTheReportSandboxed() throws Exception {
        Page page = fetchAs("operator");

        assertEquals(200, page.getWebResponse().getStatusCode());
        assertTrue(page.getWebResponse()
                .getResponseHeaderValue("Content-Security-Policy")
                .startsWith("sandbox"));
        assertTrue(page.getWebResponse().getContentAsString().contains("contoso"));
    }

    @Test
    void theLinkedPageShowsTheOutcomeAndFramesTheReportByItsFullPath() throws Exception {
        JenkinsRule.WebClient web = r.createWebClient().login("operator");

        HtmlPage page = web.getPage(build, "lync-hybrid-readiness-1");

        assertTrue(page.asNormalizedText().contains("ready (fail on fail)"), page.asNormalizedText());
        HtmlInlineFrame frame = page.getFirstByXPath("//iframe");
        assertEquals(r.contextPath + "/" + build.getUrl() + "lync-hybrid-readiness-1/report", frame.getSrcAttribute());
        // present and empty: every sandbox restriction applies
        assertTrue(
                frame.hasAttribute("sandbox") && frame.getAttribute("sandbox").isEmpty());
    }

    /**
     * Over HTTP Jenkins hides the job from such a user before the action is reached, so the action's own check
     * is called directly: it must refuse before it reads the report.
     */
    @Test
    void theReportItselfRefusesWhoMayNotReadTheJob() {
        ReportAction action = build.getAction(ReportAction.class);

        try (ACLContext ignored = ACL.as(User.getById("stranger", true))) {
            assertThrows(AccessDeniedException.class, () -> action.doReport(null, null));
        }
    }
}
