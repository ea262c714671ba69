package io.jenkins.plugins.lynchybrid.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.TrustStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantAuthorityTest {

    @Test
    void namedCloudsSignInAtTheirOwnAuthorityWithInstanceDiscovery() {
        TenantAuthority gcc = new TenantAuthority(Cloud.GCC_HIGH, "contoso.onmicrosoft.us");

        assertEquals("https://login.microsoftonline.us/contoso.onmicrosoft.us/", gcc.url());
        assertTrue(gcc.instanceDiscovery());
        assertEquals(Set.of("https://graph.microsoft.us/.default"), gcc.graphScopes());
    }

    @Test
    void explicitAuthorityIsTakenAsGivenWithoutInstanceDiscovery() {
        URI local = URI.create("https://127.0.0.1:8443/");
        TenantAuthority explicit =
                new TenantAuthority(new Cloud("custom", local, local, "sipfed.online.lync.com", local), "contoso.com");

        assertFalse(explicit.instanceDiscovery());
        assertEquals(URI.create("https://127.0.0.1:8443/contoso.com/oauth2/v2.0/token"), explicit.tokenEndpoint());
    }

    @Test
    void commonTenantIsRefusedWithAReason() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new TenantAuthority(Cloud.WORLDWIDE, "common"));

        assertTrue(e.getMessage().contains("'common'"), e.getMessage());
    }

    @Test
    void unreadableTrustStoreNamesTheFile() {
        ConnectionSettings settings = new ConnectionSettings(
                Optional.empty(),
                Optional.of(new TrustStore(Path.of("/nonexistent/trust.p12"), "PKCS12", "x")),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));

        ConfigurationException e = assertThrows(ConfigurationException.class, settings::sslContext);

        assertTrue(e.getMessage().contains("/nonexistent/trust.p12"), e.getMessage());
    }

    @Test
    void proxyWithoutPortIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ConnectionSettings(
                        Optional.of(URI.create("http://proxy.contoso.com")),
                        Optional.empty(),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1)));
    }
}
