package io.jenkins.plugins.lynchybrid.jenkins.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hudson.util.Secret;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class LyncHybridConfigurationTest {

    private static LyncHybridSite site(String name) {
        LyncHybridSite site = new LyncHybridSite(name);
        site.setSipDomains("contoso.com");
        site.setTenant("contoso.onmicrosoft.com");
        site.setPoolFqdn("pool01.contoso.com");
        site.setEdgeAccessFqdn("sip.contoso.com");
        site.setPublicClientId("11111111-2222-3333-4444-555555555555");
        site.setCredentialsId("tenant-admin");
        site.setShellCommand("pwsh\n-NoProfile");
        site.setShellHosts(3);
        return site;
    }

    private static List<String> siteNames() {
        return LyncHybridConfiguration.get().getSites().stream()
                .map(LyncHybridSite::getName)
                .toList();
    }

    /** One site without a trust-store password (the field posts ""), one with. */
    @Test
    void savingTheConfigurationPageKeepsEverySite(JenkinsRule r) throws Exception {
        LyncHybridSite lab = site("lab");
        lab.setTrustStore("/etc/lync-hybrid/lab-trust.p12");
        lab.setTrustStorePassword(Secret.fromString("lab-trust"));
        LyncHybridConfiguration.get().setSites(List.of(site("contoso"), lab));
        List<LyncHybridSite> before = LyncHybridConfiguration.get().getSites();

        r.configRoundtrip();

        r.assertEqualDataBoundBeans(before, LyncHybridConfiguration.get().getSites());
    }

    @Test
    void anEmptyTrustStorePasswordIsStoredAsNone(JenkinsRule r) {
        LyncHybridSite site = site("contoso");

        site.setTrustStorePassword(Secret.fromString(""));

        assertNull(site.getTrustStorePassword());
    }

    @Test
    void twoSitesWithOneNameAreRejected(JenkinsRule r) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> LyncHybridConfiguration.get().setSites(List.of(site("contoso"), site("contoso"))));

        assertEquals("Lync hybrid site name 'contoso' is used twice: give each site its own name", e.getMessage());
    }

    @Test
    void aFormNamingTwoSitesAlikeIsRefusedAndTheRunningSitesStay(JenkinsRule r) throws Exception {
        LyncHybridConfiguration.get().setSites(List.of(site("contoso"), site("lab")));
        HtmlForm form = r.createWebClient().goTo("configure").getFormByName("config");
        List<HtmlInput> labNames = form.getInputsByName("_.name").stream()
                .filter(input -> "lab".equals(input.getValue()))
                .toList();
        assertEquals(1, labNames.size());
        labNames.get(0).setValue("contoso");

        assertThrows(FailingHttpStatusCodeException.class, () -> r.submit(form, "Submit"));

        assertEquals(List.of("contoso", "lab"), siteNames());
    }

    /** Sites saved before shellHosts and its siblings existed: XStream runs no initializer, readResolve does. */
    @Test
    void aSiteSavedByAnOlderVersionGetsTheDefaultsOfTheFieldsAddedSince(JenkinsRule r) throws Exception {
        String type = LyncHybridSite.class.getName();
        Files.writeString(
                new File(r.jenkins.getRootDir(), LyncHybridConfiguration.class.getName() + ".xml").toPath(),
                "<?xml version='1.1' encoding='UTF-8'?>\n<" + LyncHybridConfiguration.class.getName() + ">\n"
                        + "  <sites>\n    <" + type + ">\n      <name>old</name>\n"
                        + "      <tenant>contoso.onmicrosoft.com</tenant>\n    </" + type + ">\n  </sites>\n</"
                        + LyncHybridConfiguration.class.getName() + ">\n",
                StandardCharsets.UTF_8);

        LyncHybridConfiguration.get().load();

        LyncHybridSite old = LyncHybridConfiguration.get().findSite("old").orElseThrow();
        assertEquals(
                List.of("lync2013", "worldwide", "powershell.exe", "2", "300"),
                List.of(
                        old.getServerVersion(),
                        old.getCloud(),
                        old.getShellCommand(),
                        String.valueOf(old.getShellHosts()),
                        String.valueOf(old.getShellCommandTimeoutSeconds())));
        assertFalse(old.getTenant().isEmpty());
    }
}
