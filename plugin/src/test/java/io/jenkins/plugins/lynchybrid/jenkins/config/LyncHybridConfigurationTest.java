package io.jenkins.plugins.lynchybrid.jenkins.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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

    @Test
    void savingTheConfigurationPageKeepsEverySite(JenkinsRule r) throws Exception {
        LyncHybridConfiguration.get().setSites(List.of(site("contoso"), site("lab")));
        List<LyncHybridSite> before = LyncHybridConfiguration.get().getSites();

        r.configRoundtrip();

        r.assertEqualDataBoundBeans(before, LyncHybridConfiguration.get().getSites());
    }

    @Test
    void twoSitesWithOneNameAreRejected(JenkinsRule r) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> LyncHybridConfiguration.get().setSites(List.of(site("contoso"), site("contoso"))));

        assertEquals("Lync hybrid site name 'contoso' is used twice: give each site its own name", e.getMessage());
    }
}
