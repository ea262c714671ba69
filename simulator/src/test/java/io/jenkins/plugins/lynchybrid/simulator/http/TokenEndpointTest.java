package io.jenkins.plugins.lynchybrid.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.UserNamePasswordParameters;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real MSAL4J gets tokens from the simulated Entra ID for every credential kind the engine supports. */
class TokenEndpointTest {
    private static final char[] PASSWORD = "Corr3ct-Horse!".toCharArray();

    private final World world = new World(10, PASSWORD);
    private CloudServer server;
    private Clients clients;

    private void start() {
        server = CloudServer.start(world);
        clients = new Clients(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private IAuthenticationResult signIn(String username, char[] password) throws Exception {
        return clients.publicClient()
                .acquireToken(UserNamePasswordParameters.builder(Clients.GRAPH_SCOPE, username, password)
                        .build())
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void managedAdminSignsInWithPasswordInTwoRequests() throws Exception {
        start();
        IAuthenticationResult result = signIn(World.ADMIN_USERNAME, PASSWORD);

        assertEquals(World.ADMIN_USERNAME, result.account().username());
        assertEquals(
                200, clients.get("/v1.0/organization", result.accessToken()).statusCode());
        assertEquals(1, server.requestCount("GET", "/common/userrealm/" + World.ADMIN_USERNAME));
        assertEquals(1, server.requestCount("POST", "/" + World.TENANT_DOMAIN + "/oauth2/v2.0/token"));
    }

    @Test
    void wrongPasswordIsInvalidGrantThatNeverEchoesThePassword() {
        start();
        ExecutionException failure = assertThrows(
                ExecutionException.class, () -> signIn(World.ADMIN_USERNAME, "Wr0ng-Guess!".toCharArray()));

        MsalServiceException error = (MsalServiceException) failure.getCause();
        assertEquals("invalid_grant", error.errorCode());
        assertTrue(error.getMessage().startsWith("AADSTS50126"), error.getMessage());
        assertFalse(error.getMessage().contains("Wr0ng-Guess!"));
    }

    @Test
    void federatedUserSignsInThroughAdfsWsTrust() throws Exception {
        start();
        IAuthenticationResult result = signIn("user00001@contoso.com", PASSWORD);

        assertEquals("user00001@contoso.com", result.account().username());
        assertEquals(1, server.requestCount("GET", AdfsEndpoint.MEX_PATH));
        assertEquals(
                1,
                server.requestCount("POST", AdfsEndpoint.TRUST13_PATH)
                        + server.requestCount("POST", AdfsEndpoint.TRUST2005_PATH));
    }

    @Test
    void federatedSignInFailsWhenEntraExpectsAnotherIssuer() {
        Scenario.SSO_MISMATCH.apply(world);
        start();
        ExecutionException failure =
                assertThrows(ExecutionException.class, () -> signIn("user00002@contoso.com", PASSWORD));

        assertTrue(
                failure.getCause().getMessage().startsWith("AADSTS50107"),
                failure.getCause().getMessage());
    }

    @Test
    void applicationGetsAppOnlyTokenWithClientSecret() throws Exception {
        start();
        String token = clients.secretToken(world);

        assertEquals(200, clients.get("/v1.0/domains", token).statusCode());
    }

    @Test
    void applicationGetsAppOnlyTokenWithRegisteredCertificate() throws Exception {
        start();
        Pki.Issued registered = world.appCertificate();
        String token = clients.appToken(
                ClientCredentialFactory.createFromCertificate(registered.key(), registered.certificate()));

        assertEquals(200, clients.get("/v1.0/domains", token).statusCode());
    }

    @Test
    void certificateNotRegisteredOnTheAppIsRefused() {
        start();
        Pki.Issued stranger = Pki.selfSigned(
                "stranger", Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));

        ExecutionException failure = assertThrows(
                ExecutionException.class,
                () -> clients.appToken(
                        ClientCredentialFactory.createFromCertificate(stranger.key(), stranger.certificate())));

        assertTrue(
                failure.getCause().getMessage().startsWith("AADSTS700027"),
                failure.getCause().getMessage());
    }
}
