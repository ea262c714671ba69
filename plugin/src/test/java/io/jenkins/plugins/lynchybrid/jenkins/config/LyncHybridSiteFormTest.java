package io.jenkins.plugins.lynchybrid.jenkins.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.ExtensionList;
import hudson.util.FormValidation;
import io.jenkins.plugins.lynchybrid.jenkins.credentials.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The site form shows the engine's own validation messages. */
@WithJenkins
class LyncHybridSiteFormTest {
    private LyncHybridSite.DescriptorImpl form;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        TestCredentials.addUsernamePassword("tenant-admin", "admin@contoso.onmicrosoft.com");
        form = ExtensionList.lookupSingleton(LyncHybridSite.DescriptorImpl.class);
    }

    private FormValidation validate(String tenant, String edgeProbeAddress) {
        return validate(tenant, edgeProbeAddress, "2", "tenant-admin");
    }

    private FormValidation validate(String tenant, String edgeProbeAddress, String shellHosts, String credentialsId) {
        return form.doValidateSite(
                "contoso",
                "contoso.com",
                tenant,
                "pool01.contoso.com",
                "sip.contoso.com",
                edgeProbeAddress,
                "lync2013",
                "worldwide",
                null,
                null,
                null,
                null,
                "11111111-2222-3333-4444-555555555555",
                null,
                null,
                null,
                null,
                "powershell.exe",
                shellHosts,
                "300",
                null,
                credentialsId);
    }

    @Test
    void unknownServerVersionShowsTheVersionsTheEngineKnows() {
        FormValidation result = form.doCheckServerVersion("lync2010");

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(result.getMessage().contains("is not one of lync2013, sfb2015, sfb2019"), result.getMessage());
    }

    @Test
    void shellHostsOutsideTheEnginesRangeIsAnError() {
        assertEquals(FormValidation.Kind.ERROR, form.doCheckShellHosts("0").kind);
    }

    @Test
    void anEmptiedNumberFieldMeansTheDefaultInsteadOfAnErrorPage() {
        assertEquals(FormValidation.Kind.OK, form.doCheckShellHosts("").kind);
        assertEquals(FormValidation.Kind.OK, form.doCheckShellCommandTimeoutSeconds("").kind);
        assertEquals(FormValidation.Kind.OK, validate("contoso.onmicrosoft.com", null, "", "tenant-admin").kind);
    }

    @Test
    void aNumberFieldHoldingWordsIsNamedInTheError() {
        FormValidation result = form.doCheckShellHosts("two");

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        // the form shows the message HTML-escaped, quotes included
        assertTrue(result.getMessage().startsWith("shell hosts &#"), result.getMessage());
        assertTrue(result.getMessage().contains("two"), result.getMessage());
        assertTrue(result.getMessage().endsWith("is not a whole number"), result.getMessage());
    }

    @Test
    void siteCheckRefusesSystemScopedCredentialsThatNoBuildCanUse() throws Exception {
        TestCredentials.addSystemUsernamePassword("system-admin", "jenkins@contoso.onmicrosoft.com");

        FormValidation result = validate("contoso.onmicrosoft.com", null, "2", "system-admin");

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(result.getMessage().contains("builds cannot use SYSTEM-scoped credentials"), result.getMessage());
    }

    @Test
    void completeSiteChecksOut() {
        assertEquals(FormValidation.Kind.OK, validate("contoso.onmicrosoft.com", null).kind);
    }

    @Test
    void siteCheckNamesTheMissingField() {
        FormValidation result = validate(null, null);

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(result.getMessage().contains("tenant is missing"), result.getMessage());
    }

    @Test
    void siteCheckNamesAMalformedAddress() {
        FormValidation result = validate("contoso.onmicrosoft.com", "edge.contoso.com");

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(result.getMessage().contains("must be host:port"), result.getMessage());
    }
}
