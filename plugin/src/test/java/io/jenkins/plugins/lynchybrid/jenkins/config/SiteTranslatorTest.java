package io.jenkins.plugins.lynchybrid.jenkins.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.util.Secret;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.site.TrustStore;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteTranslatorTest {

    private static LyncHybridSite contoso() {
        LyncHybridSite site = new LyncHybridSite("contoso");
        site.setSipDomains("contoso.com, fabrikam.com");
        site.setTenant("contoso.onmicrosoft.com");
        site.setPoolFqdn("pool01.contoso.com");
        site.setEdgeAccessFqdn("sip.contoso.com");
        site.setPublicClientId("11111111-2222-3333-4444-555555555555");
        return site;
    }

    @Test
    void configuredSiteBecomesTheEngineSite() {
        LyncHybridSite configured = contoso();
        configured.setServerVersion("sfb2019");
        configured.setCloud("gcc-high");
        configured.setEdgeProbeAddress("127.0.0.1:15061");
        configured.setDnsResolver("127.0.0.1:15353");
        configured.setAppClientId("app-client");
        configured.setHostedMigrationOverrideUrl(
                "https://admin1a.online.lync.com/HostedMigration/hostedmigrationService.svc");
        configured.setProxy("http://proxy.contoso.com:8080");
        configured.setShellHosts(4);
        configured.setShellCommandTimeoutSeconds(120);
        configured.setRemotePoolUrl("https://pool01.contoso.com/OcsPowershell");

        HybridSite site = SiteTranslator.toHybridSite(configured, "admin@contoso.onmicrosoft.com");

        assertAll(
                () -> assertEquals("contoso", site.name()),
                () -> assertEquals(List.of("contoso.com", "fabrikam.com"), site.sipDomains()),
                () -> assertEquals("contoso.onmicrosoft.com", site.tenant()),
                () -> assertEquals("pool01.contoso.com", site.poolFqdn()),
                () -> assertEquals("sip.contoso.com", site.edgeAccessFqdn()),
                () -> assertEquals(
                        Optional.of(InetSocketAddress.createUnresolved("127.0.0.1", 15061)), site.edgeProbeAddress()),
                () -> assertEquals(ServerVersion.SFB_2019, site.serverVersion()),
                () -> assertEquals(Cloud.GCC_HIGH, site.cloud()),
                () -> assertEquals("admin@contoso.onmicrosoft.com", site.adminUsername()),
                () -> assertEquals(Optional.of("app-client"), site.appRegistration()),
                () -> assertEquals(
                        Optional.of(InetSocketAddress.createUnresolved("127.0.0.1", 15353)), site.dnsResolver()),
                () -> assertEquals(Optional.of(URI.create("http://proxy.contoso.com:8080")), site.proxy()),
                () -> assertEquals(4, site.shell().hosts()),
                () -> assertEquals(Duration.ofSeconds(120), site.shell().commandTimeout()),
                () -> assertEquals(
                        "https://pool01.contoso.com/OcsPowershell", site.shell().remotePoolUrl()));
    }

    @Test
    void explicitEndpointsOverrideTheNamedCloud() {
        LyncHybridSite configured = contoso();
        configured.setCloud("custom");
        configured.setAuthorityHost("https://127.0.0.1:8443/");
        configured.setGraphEndpoint("https://127.0.0.1:8444/");

        Cloud cloud = SiteTranslator.toHybridSite(configured, "admin@contoso.onmicrosoft.com")
                .cloud();

        assertEquals(URI.create("https://127.0.0.1:8443/"), cloud.authorityHost());
        assertEquals(URI.create("https://127.0.0.1:8444/"), cloud.graphEndpoint());
        assertEquals(Cloud.WORLDWIDE.hostingProviderFqdn(), cloud.hostingProviderFqdn());
    }

    @Test
    void shellCommandTakesOneArgumentPerLineSoPathsKeepTheirSpaces() {
        LyncHybridSite configured = contoso();
        configured.setShellCommand("C:\\Program Files\\PowerShell\\7\\pwsh.exe\n-NoProfile\r\n\n-NonInteractive");

        List<String> command = SiteTranslator.toHybridSite(configured, "admin@contoso.onmicrosoft.com")
                .shell()
                .command();

        assertEquals(List.of("C:\\Program Files\\PowerShell\\7\\pwsh.exe", "-NoProfile", "-NonInteractive"), command);
    }

    @Test
    void missingTenantIsRejectedNamingTheSiteAndTheField() {
        LyncHybridSite configured = contoso();
        configured.setTenant("  ");

        ConfigurationException e = assertThrows(
                ConfigurationException.class,
                () -> SiteTranslator.toHybridSite(configured, "admin@contoso.onmicrosoft.com"));

        assertTrue(e.getMessage().contains("'contoso'"), e.getMessage());
        assertTrue(e.getMessage().contains("tenant is missing"), e.getMessage());
    }

    @Test
    void edgeProbeAddressWithoutPortIsRejected() {
        LyncHybridSite configured = contoso();
        configured.setEdgeProbeAddress("edge.contoso.com");

        ConfigurationException e = assertThrows(
                ConfigurationException.class,
                () -> SiteTranslator.toHybridSite(configured, "admin@contoso.onmicrosoft.com"));

        assertTrue(e.getMessage().contains("edgeProbeAddress 'edge.contoso.com' must be host:port"), e.getMessage());
    }

    @Test
    void trustStoreReachesTheEngineWithItsPassword(@TempDir Path folder) throws Exception {
        Path store = Files.createFile(folder.resolve("trust.p12"));
        LyncHybridSite configured = contoso();
        configured.setTrustStore(store.toString());
        configured.setTrustStorePassword(Secret.fromString("changeit"));

        HybridSite site = SiteTranslator.toHybridSite(configured, "admin@contoso.onmicrosoft.com");

        assertEquals(Optional.of(new TrustStore(store, "PKCS12", "changeit")), site.trustStore());
    }
}
