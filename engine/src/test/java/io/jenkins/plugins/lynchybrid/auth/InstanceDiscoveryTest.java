package io.jenkins.plugins.lynchybrid.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.testing.LoopbackTunnel;
import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The path Entra ID's named clouds take through MSAL4J: a Microsoft authority host with instance discovery on,
 * the discovery answered by the documented instance-discovery document (MSAL4J's {@code
 * aadInstanceDiscoveryResponse}; the shape of {@code https://login.microsoftonline.com/common/discovery/instance
 * ?api-version=1.1}, whose metadata entries MSAL4J's KnownMetadataProvider also carries), and every connection
 * made through a loopback proxy that tunnels to the simulated cloud, so nothing leaves 127.0.0.1.
 */
class InstanceDiscoveryTest {
    private static final String DOCUMENTED_DISCOVERY = """
            {
              "tenant_discovery_endpoint": "https://login.microsoftonline.us/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration",
              "api-version": "1.1",
              "metadata": [
                {"preferred_network": "login.microsoftonline.com", "preferred_cache": "login.windows.net",
                 "aliases": ["login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net"]},
                {"preferred_network": "login.partner.microsoftonline.cn", "preferred_cache": "login.partner.microsoftonline.cn",
                 "aliases": ["login.partner.microsoftonline.cn", "login.chinacloudapi.cn"]},
                {"preferred_network": "login.microsoftonline.us", "preferred_cache": "login.microsoftonline.us",
                 "aliases": ["login.microsoftonline.us", "login.usgovcloudapi.net"]},
                {"preferred_network": "login-us.microsoftonline.com", "preferred_cache": "login-us.microsoftonline.com",
                 "aliases": ["login-us.microsoftonline.com"]}
              ]
            }""";

    @Test
    void gccHighSignInRunsInstanceDiscoveryFromTheDocumentAndNeverLeavesLoopback() {
        try (SimulatedCloud cloud = SimulatedCloud.start(1);
                LoopbackTunnel tunnel =
                        LoopbackTunnel.to(URI.create(cloud.server().baseUrl()).getPort())) {
            TenantAuthority authority = new TenantAuthority(Cloud.GCC_HIGH, World.TENANT_DOMAIN)
                    .withInstanceDiscovery(DOCUMENTED_DISCOVERY);
            ConnectionSettings throughTunnel = new ConnectionSettings(
                    Optional.of(URI.create("http://127.0.0.1:" + tunnel.port())),
                    Optional.of(cloud.trustStore()),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(20));
            AppTokenSource tokens = new AppTokenSource(
                    authority,
                    new AppCredential.Secret(World.APP_CLIENT_ID, cloud.world().appClientSecret()),
                    throughTunnel);

            String token = tokens.accessToken();

            assertTrue(authority.instanceDiscovery(), "discovery is on for Microsoft's login host");
            assertFalse(token.isBlank());
            assertEquals(1, cloud.server().requestCount("POST", "/" + World.TENANT_DOMAIN + "/oauth2/v2.0/token"));
            assertEquals(0, cloud.server().requestCount("GET", "/common/discovery/instance"), "no discovery request");
            assertFalse(tunnel.destinations().isEmpty());
            assertTrue(
                    tunnel.destinations().stream().allMatch("login.microsoftonline.us:443"::equals),
                    "every connection asked for GCC High's login host: " + tunnel.destinations());
        }
    }
}
