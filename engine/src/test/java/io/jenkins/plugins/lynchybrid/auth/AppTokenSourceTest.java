package io.jenkins.plugins.lynchybrid.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.TenantException;
import io.jenkins.plugins.lynchybrid.graph.GraphClient;
import io.jenkins.plugins.lynchybrid.graph.RetryPolicy;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** App-only sign-in (client credentials) with a secret and with a registered certificate. */
class AppTokenSourceTest {
    private static SimulatedCloud cloud;

    @BeforeAll
    static void start() {
        cloud = SimulatedCloud.start(3);
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static String organizationWith(TokenSource tokens) {
        GraphClient graph = cloud.graph(tokens, RetryPolicy.DEFAULT, 100);
        return graph.organization().displayName();
    }

    @Test
    void clientSecretTokenReadsTheTenant() {
        assertEquals("Contoso", organizationWith(cloud.secretTokens()));
    }

    @Test
    void certificateTokenReadsTheTenant() {
        assertEquals("Contoso", organizationWith(cloud.certificateTokens()));
    }

    @Test
    void cachedAppTokenIsReusedUntilARefreshIsAsked() {
        TokenSource tokens = cloud.secretTokens();

        String first = tokens.accessToken();

        assertEquals(first, tokens.accessToken());
        assertFalse(first.equals(tokens.refreshedAccessToken()));
    }

    @Test
    void wrongSecretIsRefusedWithoutShowingIt() {
        String wrong = "not-the-secret-" + System.nanoTime();
        TokenSource tokens = new AppTokenSource(
                cloud.authority(), new AppCredential.Secret(World.APP_CLIENT_ID, wrong), cloud.connection());

        TenantException e = assertThrows(TenantException.class, tokens::accessToken);

        assertTrue(e.getMessage().contains("AADSTS7000215"), e.getMessage());
        assertEquals(401, e.status());
        assertFalse(e.getMessage().contains(wrong));
    }
}
