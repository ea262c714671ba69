package io.jenkins.plugins.lynchybrid.jenkins.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.ExtensionList;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.lynchybrid.jenkins.config.LyncHybridSite;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The site form's credential drop-downs, as an administrator and as a user who may only read. */
@WithJenkins
class CredentialsListingTest {
    private LyncHybridSite.DescriptorImpl form;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        TestCredentials.addUsernamePassword("tenant-admin", "admin@contoso.onmicrosoft.com");
        TestCredentials.addSecretText("app-secret", "s3cr3t-value");
        TestCredentials.addSystemUsernamePassword("system-admin", "jenkins@contoso.onmicrosoft.com");
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ)
                .everywhere()
                .to("reader"));
        form = ExtensionList.lookupSingleton(LyncHybridSite.DescriptorImpl.class);
    }

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).toList();
    }

    @Test
    void administratorIsOfferedUsernamePasswordCredentialsForTheTenantAdministrator() {
        try (ACLContext ignored = ACL.as(User.getById("admin", true))) {
            assertEquals(List.of("", "tenant-admin"), values(form.doFillCredentialsIdItems(null, "")));
        }
    }

    @Test
    void administratorIsOfferedSecretTextForTheAppRegistration() {
        try (ACLContext ignored = ACL.as(User.getById("admin", true))) {
            assertEquals(List.of("", "app-secret"), values(form.doFillAppCredentialsIdItems(null, "")));
        }
    }

    @Test
    void readerSeesOnlyTheValueAlreadySelected() {
        try (ACLContext ignored = ACL.as(User.getById("reader", true))) {
            assertEquals(List.of("old-id"), values(form.doFillCredentialsIdItems(null, "old-id")));
        }
    }

    @Test
    void readerCannotProbeWhetherACredentialExists() {
        try (ACLContext ignored = ACL.as(User.getById("reader", true))) {
            assertEquals(FormValidation.Kind.OK, form.doCheckOnPremCredentialsId(null, "no-such-id").kind);
        }
    }

    @Test
    void administratorIsToldWhenTheSelectedCredentialIsOfTheWrongKind() {
        try (ACLContext ignored = ACL.as(User.getById("admin", true))) {
            assertEquals(FormValidation.Kind.ERROR, form.doCheckOnPremCredentialsId(null, "app-secret").kind);
        }
    }

    @Test
    void systemScopedCredentialsAreNotOfferedBecauseNoBuildCanUseThem() {
        try (ACLContext ignored = ACL.as(User.getById("admin", true))) {
            assertEquals(List.of("", "tenant-admin"), values(form.doFillOnPremCredentialsIdItems(null, "")));
        }
    }

    @Test
    void aSystemScopedCredentialIsRejectedByTheCheckSayingBuildsCannotUseIt() {
        try (ACLContext ignored = ACL.as(User.getById("admin", true))) {
            FormValidation result = form.doCheckCredentialsId(null, "system-admin");

            assertEquals(FormValidation.Kind.ERROR, result.kind);
            assertTrue(
                    result.getMessage().contains("builds cannot use SYSTEM-scoped credentials"), result.getMessage());
        }
    }
}
