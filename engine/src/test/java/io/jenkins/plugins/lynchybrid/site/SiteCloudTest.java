package io.jenkins.plugins.lynchybrid.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The site file's cloud: a national cloud given with explicit endpoints keeps its own names and Graph scope. */
class SiteCloudTest {
    private static String site(String cloud, String extra) {
        return """
                {"sipDomains":["contoso.com"],"tenant":"contoso.onmicrosoft.us","poolFqdn":"pool01.contoso.com",
                 "edgeAccessFqdn":"sip.contoso.com","publicClientId":"app","adminUsername":"admin@contoso.onmicrosoft.us",
                 "shell":{"command":["powershell.exe"]}, "cloud": %s %s}
                """.formatted(cloud, extra);
    }

    @Test
    void aGccHighSiteWithExplicitEndpointsKeepsTheGovernmentFederationNames() {
        Cloud cloud = SiteFile.parse(site("""
                                {"name":"gcc-high","authorityHost":"https://login.microsoftonline.us/",
                                 "graphEndpoint":"https://graph-gateway.contoso.com/"}""", ""), "gcc-high site").cloud();

        assertEquals(Cloud.GCC_HIGH.hostingProviderFqdn(), cloud.hostingProviderFqdn());
        assertEquals(Cloud.GCC_HIGH.autodiscoverUrl(), cloud.autodiscoverUrl());
        assertEquals("https://graph.microsoft.us/.default", cloud.graphScope(), "the gateway fronts GCC High's Graph");
    }

    @Test
    void aGatewayOfAnUnnamedCloudTakesTheGraphResourceTheSiteGives() {
        Cloud cloud = SiteFile.parse(site("""
                                {"name":"corp","authorityHost":"https://login.microsoftonline.com/",
                                 "graphEndpoint":"https://graph-gateway.contoso.com/",
                                 "graphResource":"https://dod-graph.microsoft.us/"}""", ""), "gateway site").cloud();

        assertEquals("https://dod-graph.microsoft.us/.default", cloud.graphScope());
    }

    @Test
    void graphAllowedHostsAreReadLowerCaseAndWrittenBack() {
        HybridSite read = SiteFile.parse(
                site("\"worldwide\"", ", \"graphAllowedHosts\": [\"Graph-GW.contoso.com\"]"), "allowed hosts");

        assertEquals(List.of("graph-gw.contoso.com"), read.cloud().graphAllowedHosts());
        assertEquals(
                List.of("graph-gw.contoso.com"),
                SiteFile.parse(SiteFile.write(read), "round trip").cloud().graphAllowedHosts());
    }

    @Test
    void aGraphAllowedHostThatIsAUrlIsRejectedNamingTheField() {
        ConfigurationException error = assertThrows(
                ConfigurationException.class,
                () -> SiteFile.parse(
                        site("\"worldwide\"", ", \"graphAllowedHosts\": [\"https://graph-gw.contoso.com/\"]"),
                        "bad host"));

        assertTrue(error.getMessage().contains("graphAllowedHosts"), error.getMessage());
        assertTrue(error.getMessage().contains("https://graph-gw.contoso.com/"), error.getMessage());
    }

    @Test
    void everyCloudsSkypeOnlineTargetsAreMicrosoft365Targets() {
        assertTrue(Cloud.onlineTarget("webdir.online.gov.skypeforbusiness.us"));
        assertTrue(Cloud.onlineTarget("sipfed.online.dod.skypeforbusiness.us."));
        assertTrue(Cloud.onlineTarget("webdir.online.partner.lync.cn"));
        assertTrue(Cloud.onlineTarget("sipdir.online.lync.com"));
        assertTrue(!Cloud.onlineTarget("online.lync.com.contoso.com"));
    }
}
