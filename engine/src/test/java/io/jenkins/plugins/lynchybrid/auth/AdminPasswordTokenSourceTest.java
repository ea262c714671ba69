package io.jenkins.plugins.lynchybrid.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.SignInRejectedException;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.RefusingPort;
import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tenant admin's username/password sign-in through real MSAL4J against the simulated Entra ID and AD FS. */
class AdminPasswordTokenSourceTest {
    private static final String TOKEN_PATH = "/" + World.TENANT_DOMAIN + "/oauth2/v2.0/token";
    private static SimulatedCloud cloud;

    @BeforeAll
    static void start() {
        cloud = SimulatedCloud.start(5);
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static int tokenRequests() {
        return cloud.server().requestCount("POST", TOKEN_PATH);
    }

    /** Everything an exception would show in a log: messages and stack traces of the whole cause chain. */
    private static String everythingShown(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static TokenSource source(
            String username, char[] password, ConnectionSettings connection, List<String> notices) {
        return new AdminPasswordTokenSource(
                cloud.authority(),
                World.PUBLIC_CLIENT_ID,
                new AccountCredential(username, password),
                connection,
                notices::add);
    }

    @Test
    void managedAdminGetsATokenAndTheCacheAnswersTheNextCall() {
        TokenSource tokens = cloud.adminTokens();
        int before = tokenRequests();

        String first = tokens.accessToken();
        String second = tokens.accessToken();

        assertEquals(first, second);
        assertEquals(1, tokenRequests() - before);
    }

    @Test
    void refreshAsksTheAuthorityForANewToken() {
        TokenSource tokens = cloud.adminTokens();
        String first = tokens.accessToken();
        int before = tokenRequests();

        String renewed = tokens.refreshedAccessToken();

        assertNotEquals(first, renewed);
        assertEquals(1, tokenRequests() - before);
    }

    @Test
    void federatedAccountSignsInThroughAdfs() {
        int before = cloud.server().requestCount("GET", "/adfs/services/trust/mex");

        String token = cloud.passwordTokens("user00001@contoso.com").accessToken();

        assertFalse(token.isBlank());
        assertEquals(1, cloud.server().requestCount("GET", "/adfs/services/trust/mex") - before);
    }

    @Test
    void deprecationNoticeIsGivenOnceThroughTheCallersSink() {
        List<String> notices = new ArrayList<>();
        TokenSource tokens = source(World.ADMIN_USERNAME, cloud.adminPassword(), cloud.connection(), notices);

        tokens.accessToken();
        tokens.accessToken();
        tokens.refreshedAccessToken();

        assertEquals(List.of(AdminPasswordTokenSource.DEPRECATION_NOTICE), notices);
    }

    @Test
    void wrongPasswordFailsWithTheServiceErrorAndNeverShowsThePassword() {
        String wrong = "Wr0ng-Pa55word-" + System.nanoTime();
        TokenSource tokens = source(World.ADMIN_USERNAME, wrong.toCharArray(), cloud.connection(), new ArrayList<>());

        SignInRejectedException e = assertThrows(SignInRejectedException.class, tokens::accessToken);

        assertTrue(e.getMessage().contains("AADSTS50126"), e.getMessage());
        assertFalse(everythingShown(e).contains(wrong));
    }

    @Test
    void unknownAppRegistrationFailsWithoutShowingTheRealPassword() {
        String password = new String(cloud.adminPassword());
        TokenSource tokens = new AdminPasswordTokenSource(
                cloud.authority(),
                "00000000-0000-0000-0000-000000000000",
                new AccountCredential(World.ADMIN_USERNAME, password.toCharArray()),
                cloud.connection(),
                n -> {});

        TenantException e = assertThrows(TenantException.class, tokens::accessToken);

        assertTrue(e.getMessage().contains("AADSTS700016"), e.getMessage());
        assertFalse(everythingShown(e).contains(password));
    }

    @Test
    void serverOutsideTheTrustStoreIsRefusedBeforeThePasswordIsSent() {
        int before = tokenRequests();
        ConnectionSettings jdkTrustOnly = new ConnectionSettings(
                Optional.empty(), Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(10));
        TokenSource tokens = source(World.ADMIN_USERNAME, cloud.adminPassword(), jdkTrustOnly, new ArrayList<>());

        TenantException e = assertThrows(TenantException.class, tokens::accessToken);

        assertEquals(0, e.status());
        assertEquals(0, tokenRequests() - before);
    }

    @Test
    void configuredProxyCarriesTheSignIn() throws Exception {
        try (RefusingPort deadProxy = RefusingPort.tcp()) {
            assertSignInFailsWithoutAStatus(deadProxy.port());
        }
    }

    private void assertSignInFailsWithoutAStatus(int deadProxyPort) {
        ConnectionSettings viaDeadProxy = new ConnectionSettings(
                Optional.of(URI.create("http://127.0.0.1:" + deadProxyPort)),
                Optional.of(cloud.trustStore()),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10));
        TokenSource tokens = source(World.ADMIN_USERNAME, cloud.adminPassword(), viaDeadProxy, new ArrayList<>());

        TenantException e = assertThrows(TenantException.class, tokens::accessToken);

        assertEquals(0, e.status());
    }

    // each test below signs in a user of its own: MSAL4J holds back repeats of a request an STS answered with a
    // 5xx (its throttling cache, shared by the JVM), which would hide the requests these tests count

    @Test
    void aWrongFederatedPasswordReachesAdfsOnceAndTheErrorNamesAdfs() {
        String wrong = "Wr0ng-Fed-" + System.nanoTime();
        int before13 = cloud.server().requestCount("POST", "/adfs/services/trust/13/usernamemixed");
        int before2005 = cloud.server().requestCount("POST", "/adfs/services/trust/2005/usernamemixed");
        TokenSource tokens =
                source("user00002@contoso.com", wrong.toCharArray(), cloud.connection(), new ArrayList<>());

        SignInRejectedException e = assertThrows(SignInRejectedException.class, tokens::accessToken);

        TenantException refused = (TenantException) e.getCause();
        int posts = cloud.server().requestCount("POST", "/adfs/services/trust/13/usernamemixed")
                - before13
                + cloud.server().requestCount("POST", "/adfs/services/trust/2005/usernamemixed")
                - before2005;
        assertEquals(1, posts, "one bad password, one WS-Trust request (AD FS extranet lockout counts each)");
        assertTrue(
                refused.url().getPath().startsWith("/adfs/services/trust/"),
                refused.url().toString());
        assertTrue(e.getMessage().contains("AD FS refused"), e.getMessage());
        assertFalse(e.getMessage().contains("oauth2/v2.0/token"), e.getMessage());
        assertFalse(everythingShown(e).contains(wrong));
    }

    @Test
    void aRefusedPasswordIsNeverSentAgainByTheSameSource() {
        String wrong = "Wr0ng-Again-" + System.nanoTime();
        TokenSource tokens =
                source("user00003@contoso.com", wrong.toCharArray(), cloud.connection(), new ArrayList<>());
        assertThrows(SignInRejectedException.class, tokens::accessToken);
        int before = cloud.server().requestCount("POST", "/adfs/services/trust/13/usernamemixed")
                + cloud.server().requestCount("POST", "/adfs/services/trust/2005/usernamemixed");

        SignInRejectedException again = assertThrows(SignInRejectedException.class, tokens::refreshedAccessToken);

        assertEquals(
                before,
                cloud.server().requestCount("POST", "/adfs/services/trust/13/usernamemixed")
                        + cloud.server().requestCount("POST", "/adfs/services/trust/2005/usernamemixed"));
        assertTrue(again.getMessage().contains("uses that credential no more"), again.getMessage());
    }

    @Test
    void aWrongManagedPasswordIsNotSentToTheTokenEndpointTwice() {
        String wrong = "Wr0ng-Managed-" + System.nanoTime();
        TokenSource tokens = source(World.ADMIN_USERNAME, wrong.toCharArray(), cloud.connection(), new ArrayList<>());
        assertThrows(SignInRejectedException.class, tokens::accessToken);
        int before = tokenRequests();

        assertThrows(SignInRejectedException.class, tokens::accessToken);

        assertEquals(before, tokenRequests());
    }
}
