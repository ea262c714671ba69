package io.jenkins.plugins.lynchybrid.jenkins.credentials;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hudson.AbortException;
import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Resolving a site's credentials for a build, as the steps will. */
@WithJenkins
class RunCredentialsTest {
    private RunCredentials credentials;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        TestCredentials.addUsernamePassword("tenant-admin", "admin@contoso.onmicrosoft.com");
        TestCredentials.addSecretText("app-secret", "s3cr3t");
        WorkflowJob job = r.createProject(WorkflowJob.class, "moves");
        job.setDefinition(new CpsFlowDefinition("echo 'resolving credentials'", true));
        WorkflowRun run = r.buildAndAssertSuccess(job);
        credentials = new RunCredentials(run);
    }

    @Test
    void tenantAdministratorReachesTheEngineWithUsernameAndPassword() throws Exception {
        try (AccountCredential admin = credentials.tenantAdmin("tenant-admin")) {
            assertEquals("admin@contoso.onmicrosoft.com", admin.username());
            assertArrayEquals(TestCredentials.PASSWORD.toCharArray(), admin.password());
            assertFalse(admin.toString().contains(TestCredentials.PASSWORD));
        }
    }

    @Test
    void onPremisesAdministratorWithTheWrongKindIsRejectedByItsRole() {
        AbortException e = assertThrows(
                AbortException.class, () -> credentials.account("app-secret", "on-premises administrator"));

        assertEquals(
                "The on-premises administrator credentials 'app-secret' must be username/password credentials",
                e.getMessage());
    }

    @Test
    void secretTextWhereAUsernamePasswordIsNeededIsRejectedByRole() {
        AbortException e = assertThrows(AbortException.class, () -> credentials.tenantAdmin("app-secret"));

        assertEquals(
                "The tenant administrator credentials 'app-secret' must be username/password credentials",
                e.getMessage());
    }

    @Test
    void unknownCredentialIdIsRejectedByRole() {
        AbortException e = assertThrows(
                AbortException.class,
                () -> credentials.require("no-such-id", CredentialKind.APP_SECRET_OR_CERTIFICATE, "app registration"));

        assertEquals(
                "The app registration credentials 'no-such-id' do not exist or are not visible to this job",
                e.getMessage());
    }
}
