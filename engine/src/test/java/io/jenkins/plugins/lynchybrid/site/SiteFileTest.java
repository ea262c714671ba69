package io.jenkins.plugins.lynchybrid.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteFileTest {
    static final String MINIMAL = """
            {"sipDomains":["contoso.com"],"tenant":"contoso.onmicrosoft.com","poolFqdn":"pool01.contoso.com",
             "edgeAccessFqdn":"sip.contoso.com","publicClientId":"app","adminUsername":"admin@contoso.onmicrosoft.com",
             "shell":{"command":["powershell.exe"]}}
            """;

    @Test
    void aWrittenSiteReadsBackEqual() {
        HybridSite site = new HybridSite(
                "lab",
                List.of("contoso.com", "fabrikam.com"),
                "contoso.onmicrosoft.com",
                "pool01.contoso.com",
                "sip.contoso.com",
                Optional.of(InetSocketAddress.createUnresolved("127.0.0.1", 5061)),
                ServerVersion.SFB_2019,
                new Cloud(
                        "lab-cloud",
                        URI.create("https://127.0.0.1:8443/"),
                        URI.create("https://127.0.0.1:8443/"),
                        "sipfed.online.lync.com",
                        URI.create("https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root")),
                "app",
                "admin@contoso.onmicrosoft.com",
                Optional.empty(),
                Optional.of(URI.create("https://admin0a.online.lync.com/HostedMigration/hostedmigrationService.svc")),
                Optional.empty(),
                Optional.of(InetSocketAddress.createUnresolved("127.0.0.1", 53)),
                Optional.empty(),
                new ShellSettings(
                        List.of("pwsh"), 3, Duration.ofSeconds(90), "https://pool01.contoso.com/OcsPowershell"),
                FederationChoice.UNSTATED);

        HybridSite read = SiteFile.parse(SiteFile.write(site), "round trip");

        assertEquals(SiteFile.write(site), SiteFile.write(read));
        assertEquals(ServerVersion.SFB_2019, read.serverVersion());
        assertEquals("lab-cloud", read.cloud().name());
    }

    @Test
    void aSiteWithoutCloudIsWorldwide() {
        assertEquals(Cloud.WORLDWIDE, SiteFile.parse(MINIMAL, "minimal").cloud());
    }

    @Test
    void aNamedCloudTakesMicrosoftsEndpoints() {
        HybridSite site =
                SiteFile.parse(MINIMAL.replace("{\"sipDomains\"", "{\"cloud\":\"gcc-high\",\"sipDomains\""), "gcc");
        assertEquals(Cloud.GCC_HIGH, site.cloud());
    }

    @Test
    void aMissingFieldIsNamedInTheError() {
        ConfigurationException e = assertThrows(
                ConfigurationException.class,
                () -> SiteFile.parse(MINIMAL.replace("\"poolFqdn\"", "\"poolFQDN\""), "site.json"));
        assertTrue(
                e.getMessage().contains("site.json") && e.getMessage().contains("poolFqdn is missing"), e.getMessage());
    }

    @Test
    void anUnknownServerVersionIsNamedInTheError() {
        ConfigurationException e = assertThrows(
                ConfigurationException.class,
                () -> SiteFile.parse(
                        MINIMAL.replace("{\"sipDomains\"", "{\"serverVersion\":\"ocs2007\",\"sipDomains\""), "s"));
        assertTrue(e.getMessage().contains("'ocs2007'"), e.getMessage());
    }

    @Test
    void aResolverWithoutPortIsRejected() {
        ConfigurationException e = assertThrows(
                ConfigurationException.class,
                () -> SiteFile.parse(
                        MINIMAL.replace("{\"sipDomains\"", "{\"dnsResolver\":\"10.0.0.1\",\"sipDomains\""), "s"));
        assertTrue(e.getMessage().contains("dnsResolver '10.0.0.1' must be host:port"), e.getMessage());
    }

    @Test
    void aSiteWithoutFederationStatesNoChoice() {
        assertEquals(
                FederationChoice.UNSTATED, SiteFile.parse(MINIMAL, "minimal").federation());
    }

    @Test
    void aStatedFederationChoiceIsReadAndWrittenBack() {
        HybridSite site = SiteFile.parse(
                MINIMAL.replace(
                        "{\"sipDomains\"",
                        "{\"federation\":{\"partnerDiscovery\":false,\"globalFederationAccess\":true},\"sipDomains\""),
                "closed");

        assertEquals(new FederationChoice(Optional.of(false), Optional.of(true)), site.federation());
        assertEquals(
                site.federation(),
                SiteFile.parse(SiteFile.write(site), "round trip").federation());
    }

    @Test
    void aFederationChoiceInQuotesIsRejectedNamingTheField() {
        ConfigurationException e = assertThrows(
                ConfigurationException.class,
                () -> SiteFile.parse(
                        MINIMAL.replace(
                                "{\"sipDomains\"", "{\"federation\":{\"partnerDiscovery\":\"yes\"},\"sipDomains\""),
                        "s"));
        assertTrue(e.getMessage().contains("federation.partnerDiscovery must be true or false"), e.getMessage());
    }

    @Test
    void hostedMigrationOverrideUrlFromTenantIsReadAndWrittenAsTheWord() {
        HybridSite site = SiteFile.parse(
                MINIMAL.replace("{\"sipDomains\"", "{\"hostedMigrationOverrideUrl\":\"fromTenant\",\"sipDomains\""),
                "fromTenant");

        assertEquals(java.util.Optional.of(HostedMigrationOverride.FROM_TENANT), site.hostedMigrationOverrideUrl());
        String written = SiteFile.write(site);
        assertTrue(written.contains("\"fromTenant\""), written);
        assertEquals(
                site.hostedMigrationOverrideUrl(),
                SiteFile.parse(written, "written").hostedMigrationOverrideUrl());
    }
}
