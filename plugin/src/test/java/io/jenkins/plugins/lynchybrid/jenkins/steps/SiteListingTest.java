package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.ExtensionList;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.lynchybrid.jenkins.config.LyncHybridConfiguration;
import io.jenkins.plugins.lynchybrid.jenkins.config.LyncHybridSite;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The steps' site drop-down in the Snippet Generator: offered to who may configure the job, to nobody else. */
@WithJenkins
class SiteListingTest {
    private MoveUsersStep.DescriptorImpl form;
    private WorkflowJob job;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        LyncHybridConfiguration.get().setSites(List.of(new LyncHybridSite("contoso"), new LyncHybridSite("fabrikam")));
        job = r.createProject(WorkflowJob.class, "moves");
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE)
                .everywhere()
                .to("developer")
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("viewer"));
        form = ExtensionList.lookupSingleton(MoveUsersStep.DescriptorImpl.class);
    }

    private List<String> sitesOfferedTo(String user) {
        try (ACLContext ignored = ACL.as(User.getById(user, true))) {
            ListBoxModel model = form.doFillSiteItems(job);
            return model.stream().map(option -> option.value).toList();
        }
    }

    @Test
    void whoMayConfigureTheJobIsOfferedEverySite() {
        assertEquals(List.of("contoso", "fabrikam"), sitesOfferedTo("developer"));
    }

    @Test
    void whoMayOnlyReadTheJobIsOfferedNothing() {
        assertEquals(List.of(), sitesOfferedTo("viewer"));
    }
}
