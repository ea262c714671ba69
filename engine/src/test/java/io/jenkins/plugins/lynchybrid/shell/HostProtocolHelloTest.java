package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The hello line carries the pool admin only for a remote pool session, and never the tenant admin: that crosses in
 * the credential line, after the host has imported the Lync shell.
 */
class HostProtocolHelloTest {
    private static final String POOL_URL = "https://pool01.contoso.com/OcsPowershell";

    private static JsonNode hello(String remotePoolUrl) throws Exception {
        return hello(remotePoolUrl, Optional.empty());
    }

    private static JsonNode hello(String remotePoolUrl, Optional<String> teamsEnvironment) throws Exception {
        return HostProtocol.JSON.readTree(HostProtocol.hello(
                remotePoolUrl,
                Optional.of(new AccountCredential("CONTOSO\\lyncadmin", "pool-pw".toCharArray())),
                true,
                teamsEnvironment));
    }

    @Test
    void aNationalCloudsTeamsEnvironmentTravelsInTheHello() throws Exception {
        assertEquals(
                "TeamsGCCH",
                hello(null, Optional.of("TeamsGCCH"))
                        .path("teamsEnvironmentName")
                        .asText());
    }

    @Test
    void worldwideTheHelloNamesNoTeamsEnvironment() throws Exception {
        assertFalse(hello(null).has("teamsEnvironmentName"));
    }

    @Test
    void withARemotePoolUrlTheHelloCarriesThePoolAdmin() throws Exception {
        JsonNode hello = hello(POOL_URL);
        assertEquals(POOL_URL, hello.path("remotePoolUrl").asText());
        assertEquals("CONTOSO\\lyncadmin", hello.path("remoteUsername").asText());
        assertEquals("pool-pw", hello.path("remotePassword").asText());
    }

    @Test
    void withoutARemotePoolUrlTheHelloLeavesThePoolAdminOut() throws Exception {
        JsonNode hello = hello(null);
        assertFalse(hello.has("remoteUsername"), hello.toString());
        assertFalse(hello.has("remotePassword"), hello.toString());
    }

    @Test
    void theHelloLeavesTheTenantAdminOut() throws Exception {
        JsonNode hello = hello(POOL_URL);
        assertFalse(hello.has("username"), hello.toString());
        assertFalse(hello.has("password"), hello.toString());
    }

    @Test
    void theCredentialLineCarriesTheTenantAdmin() throws Exception {
        JsonNode credential = HostProtocol.JSON.readTree(HostProtocol.credential(
                new AccountCredential("admin@contoso.onmicrosoft.com", "tenant-pw".toCharArray())));
        assertEquals("credential", credential.path("type").asText());
        assertEquals(
                "admin@contoso.onmicrosoft.com", credential.path("username").asText());
        assertEquals("tenant-pw", credential.path("password").asText());
    }
}
