package io.jenkins.plugins.lynchybrid.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.site.SiteForm.Field;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFormTest {
    private static final String SOURCE = "'contoso' (Manage Jenkins > Lync hybrid sites)";

    private static Map<Field, String> contoso() {
        Map<Field, String> form = new EnumMap<>(Field.class);
        form.put(Field.NAME, "contoso");
        form.put(Field.SIP_DOMAINS, "contoso.com, fabrikam.com");
        form.put(Field.TENANT, "contoso.onmicrosoft.com");
        form.put(Field.POOL_FQDN, "pool01.contoso.com");
        form.put(Field.EDGE_ACCESS_FQDN, "sip.contoso.com");
        form.put(Field.PUBLIC_CLIENT_ID, "11111111-2222-3333-4444-555555555555");
        form.put(Field.ADMIN_USERNAME, "admin@contoso.onmicrosoft.com");
        form.put(Field.SHELL_COMMAND, "powershell.exe");
        return form;
    }

    @Test
    void everyFieldReachesTheEngineSite() {
        Map<Field, String> form = contoso();
        form.put(Field.SERVER_VERSION, "sfb2019");
        form.put(Field.CLOUD, "gcc-high");
        form.put(Field.EDGE_PROBE_ADDRESS, "127.0.0.1:15061");
        form.put(Field.DNS_RESOLVER, "127.0.0.1:15353");
        form.put(Field.APP_CLIENT_ID, "app-client");
        form.put(
                Field.HOSTED_MIGRATION_OVERRIDE_URL,
                "https://admin1a.online.lync.com/HostedMigration/hostedmigrationService.svc");
        form.put(Field.PROXY, "http://proxy.contoso.com:8080");
        form.put(Field.SHELL_HOSTS, "4");
        form.put(Field.SHELL_COMMAND_TIMEOUT_SECONDS, "120");
        form.put(Field.REMOTE_POOL_URL, "https://pool01.contoso.com/OcsPowershell");

        HybridSite site = SiteForm.read(form, SOURCE);

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
    void blankNumbersTakeTheSiteFilesDefaults() {
        Map<Field, String> form = contoso();
        form.put(Field.SHELL_HOSTS, " ");
        form.put(Field.SHELL_COMMAND_TIMEOUT_SECONDS, "");

        ShellSettings shell = SiteForm.read(form, SOURCE).shell();

        assertEquals(List.of(2, Duration.ofSeconds(300)), List.of(shell.hosts(), shell.commandTimeout()));
    }

    @Test
    void aNumberFieldHoldingWordsIsRejectedNamingTheSiteAndTheField() {
        Map<Field, String> form = contoso();
        form.put(Field.SHELL_HOSTS, "two");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SiteForm.read(form, SOURCE));

        assertEquals("site " + SOURCE + ": shell hosts 'two' is not a whole number", e.getMessage());
    }

    @Test
    void explicitEndpointsOverrideTheNamedCloud() {
        Map<Field, String> form = contoso();
        form.put(Field.CLOUD, "custom");
        form.put(Field.AUTHORITY_HOST, "https://127.0.0.1:8443/");
        form.put(Field.GRAPH_ENDPOINT, "https://127.0.0.1:8444/");

        Cloud cloud = SiteForm.read(form, SOURCE).cloud();

        assertEquals(URI.create("https://127.0.0.1:8443/"), cloud.authorityHost());
        assertEquals(URI.create("https://127.0.0.1:8444/"), cloud.graphEndpoint());
        assertEquals(Cloud.WORLDWIDE.hostingProviderFqdn(), cloud.hostingProviderFqdn());
    }

    @Test
    void shellCommandTakesOneArgumentPerLineSoPathsKeepTheirSpaces() {
        Map<Field, String> form = contoso();
        form.put(Field.SHELL_COMMAND, "C:\\Program Files\\PowerShell\\7\\pwsh.exe\n-NoProfile\r\n\n-NonInteractive");

        List<String> command = SiteForm.read(form, SOURCE).shell().command();

        assertEquals(List.of("C:\\Program Files\\PowerShell\\7\\pwsh.exe", "-NoProfile", "-NonInteractive"), command);
    }

    @Test
    void missingTenantIsRejectedNamingTheSiteAndTheField() {
        Map<Field, String> form = contoso();
        form.put(Field.TENANT, "  ");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SiteForm.read(form, SOURCE));

        assertTrue(e.getMessage().contains("'contoso'"), e.getMessage());
        assertTrue(e.getMessage().contains("tenant is missing"), e.getMessage());
    }

    @Test
    void edgeProbeAddressWithoutPortIsRejected() {
        Map<Field, String> form = contoso();
        form.put(Field.EDGE_PROBE_ADDRESS, "edge.contoso.com");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SiteForm.read(form, SOURCE));

        assertTrue(e.getMessage().contains("edgeProbeAddress 'edge.contoso.com' must be host:port"), e.getMessage());
    }

    @Test
    void trustStoreReachesTheEngineWithItsPasswordAsTyped(@TempDir Path folder) throws Exception {
        Path store = Files.createFile(folder.resolve("trust.p12"));
        Map<Field, String> form = contoso();
        form.put(Field.TRUST_STORE, store.toString());
        form.put(Field.TRUST_STORE_PASSWORD, " change it ");

        HybridSite site = SiteForm.read(form, SOURCE);

        assertEquals(Optional.of(new TrustStore(store, "PKCS12", " change it ")), site.trustStore());
    }
}
