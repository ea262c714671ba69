package io.jenkins.plugins.lynchybrid.jenkins.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Configuration as code through the JCasC plugin's own endpoints (apply and export), so the test exercises
 * exactly what an administrator's jenkins.yaml goes through.
 */
@WithJenkins
class LyncHybridConfigurationCascTest {

    @Test
    void sitesFromYamlAreConfigured(JenkinsRule r, @TempDir Path dir) throws Exception {
        apply(r, dir, resource("configuration-as-code.yml"));

        LyncHybridSite contoso =
                LyncHybridConfiguration.get().findSite("contoso").orElseThrow();
        assertEquals("contoso.com, fabrikam.com", contoso.getSipDomains());
        assertEquals("sfb2019", contoso.getServerVersion());
        assertEquals("tenant-admin", contoso.getCredentialsId());
        assertEquals("app-secret", contoso.getAppCredentialsId());
        assertEquals("onprem-admin", contoso.getOnPremCredentialsId());
        assertEquals(4, contoso.getShellHosts());
        assertEquals(120, contoso.getShellCommandTimeoutSeconds());
        LyncHybridSite lab = LyncHybridConfiguration.get().findSite("lab").orElseThrow();
        assertEquals("https://127.0.0.1:8443/", lab.getAuthorityHost());
        assertEquals("127.0.0.1:15061", lab.getEdgeProbeAddress());
    }

    @Test
    void exportedYamlConfiguresTheSameSitesAgain(JenkinsRule r, @TempDir Path dir) throws Exception {
        apply(r, dir, resource("configuration-as-code.yml"));
        List<LyncHybridSite> configured = LyncHybridConfiguration.get().getSites();

        String exported = lyncHybridSection(export(r));
        LyncHybridConfiguration.get().setSites(List.of());
        apply(r, dir, exported);

        r.assertEqualDataBoundBeans(configured, LyncHybridConfiguration.get().getSites());
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void apply(JenkinsRule r, Path dir, String yaml) throws Exception {
        Path file = Files.createTempFile(dir, "jenkins", ".yaml");
        Files.writeString(file, yaml);
        JenkinsRule.WebClient client = r.createWebClient();
        WebRequest request = new WebRequest(client.createCrumbedUrl("configuration-as-code/replace"), HttpMethod.POST);
        request.setRequestParameters(
                List.of(new NameValuePair("_.newSource", file.toUri().toURL().toExternalForm())));
        WebResponse response = client.loadWebResponse(request);
        assertEquals(200, response.getStatusCode(), response.getContentAsString());
    }

    /** Only our part of the export is applied again: the rest of a test Jenkins' export is not ours to judge. */
    private static String lyncHybridSection(String exported) {
        List<String> lines = exported.lines().toList();
        int start = lines.indexOf("  lyncHybrid:");
        assertTrue(start >= 0, exported);
        StringBuilder yaml =
                new StringBuilder("unclassified:\n").append(lines.get(start)).append('\n');
        for (String line : lines.subList(start + 1, lines.size())) {
            if (!line.startsWith("   ")) {
                break;
            }
            yaml.append(line).append('\n');
        }
        return yaml.toString();
    }

    private static String export(JenkinsRule r) throws Exception {
        JenkinsRule.WebClient client = r.createWebClient();
        WebRequest request = new WebRequest(client.createCrumbedUrl("configuration-as-code/export"), HttpMethod.POST);
        WebResponse response = client.loadWebResponse(request);
        assertEquals(200, response.getStatusCode(), response.getContentAsString());
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
