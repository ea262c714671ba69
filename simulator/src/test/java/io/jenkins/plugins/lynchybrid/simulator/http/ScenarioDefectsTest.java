package io.jenkins.plugins.lynchybrid.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each cloud-visible scenario shows its defect through the protocols, as a real client would find it. */
class ScenarioDefectsTest {
    private static final Pattern ENTITY_ID = Pattern.compile("entityID=\"([^\"]+)\"");
    private static final Pattern SIGNING_CERT = Pattern.compile("<X509Certificate>([^<]+)</X509Certificate>");

    private final World world = new World(10, "pw".toCharArray());
    private CloudServer server;
    private Clients clients;
    private String token;

    private void start(Scenario scenario) throws Exception {
        scenario.apply(world);
        server = CloudServer.start(world);
        clients = new Clients(server);
        token = clients.secretToken(world);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode get(String path) throws Exception {
        return Clients.json(clients.get(path, token));
    }

    private JsonNode federation() throws Exception {
        return get("/v1.0/domains/contoso.com/federationConfiguration")
                .path("value")
                .get(0);
    }

    private String metadata() throws Exception {
        HttpResponse<String> response = clients.get(AdfsEndpoint.METADATA_PATH, null);
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), "no match for " + pattern);
        return m.group(1);
    }

    @Test
    void healthyFederationAgreesWithAdfsMetadataAndPointsAtThisServer() throws Exception {
        start(Scenario.HEALTHY);
        JsonNode fed = federation();
        String xml = metadata();

        assertEquals(first(ENTITY_ID, xml), fed.path("issuerUri").asText());
        assertEquals(first(SIGNING_CERT, xml), fed.path("signingCertificate").asText());
        assertEquals(
                server.baseUrl() + AdfsEndpoint.MEX_PATH,
                fed.path("metadataExchangeUri").asText());
    }

    @Test
    void ssoMismatchShowsAnIssuerUriOtherThanTheMetadataEntityId() throws Exception {
        start(Scenario.SSO_MISMATCH);

        assertNotEquals(
                first(ENTITY_ID, metadata()), federation().path("issuerUri").asText());
    }

    @Test
    void domainNotFederatedIsManagedWithoutFederationObject() throws Exception {
        start(Scenario.DOMAIN_NOT_FEDERATED);

        assertEquals(
                "Managed",
                get("/v1.0/domains/contoso.com").path("authenticationType").asText());
        assertEquals(
                404,
                clients.get("/v1.0/domains/contoso.com/federationConfiguration", token)
                        .statusCode());
    }

    @Test
    void dirsyncOffShowsNullSyncFlag() throws Exception {
        start(Scenario.DIRSYNC_OFF);

        assertTrue(get("/v1.0/organization")
                .path("value")
                .get(0)
                .get("onPremisesSyncEnabled")
                .isNull());
    }

    @Test
    void dirsyncStaleShowsALastSyncHoursAgo() throws Exception {
        start(Scenario.DIRSYNC_STALE);
        Instant last = Instant.parse(get("/v1.0/organization")
                .path("value")
                .get(0)
                .path("onPremisesLastSyncDateTime")
                .asText());

        assertTrue(last.isBefore(Instant.now().minus(Duration.ofHours(3))));
    }

    @Test
    void adfsCertExpiredPublishesAnExpiredSigningCertificate() throws Exception {
        start(Scenario.ADFS_CERT_EXPIRED);
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(first(SIGNING_CERT, metadata()))));

        assertTrue(cert.getNotAfter().toInstant().isBefore(Instant.now()));
    }

    @Test
    void unreachableMetadataAnswers503() throws Exception {
        start(Scenario.HEALTHY);
        world.change(w -> w.adfsMetadataReachable(false));

        assertEquals(503, clients.get(AdfsEndpoint.METADATA_PATH, null).statusCode());
    }

    @Test
    void userScenariosShowTheBrokenUsersThroughGraph() throws Exception {
        start(Scenario.USER_NOT_SYNCED);
        String select = "?$select=onPremisesSyncEnabled,usageLocation,assignedPlans";

        assertTrue(get("/v1.0/users/user00001@contoso.com" + select)
                .get("onPremisesSyncEnabled")
                .isNull());
        assertTrue(get("/v1.0/users/user00009@contoso.com" + select)
                .path("onPremisesSyncEnabled")
                .asBoolean());
    }

    @Test
    void unlicensedUsersHaveNoAssignedPlans() throws Exception {
        start(Scenario.USER_UNLICENSED);

        assertEquals(
                0,
                get("/v1.0/users/user00002@contoso.com?$select=assignedPlans")
                        .path("assignedPlans")
                        .size());
    }

    @Test
    void usersWithoutUsageLocationShowNull() throws Exception {
        start(Scenario.USER_NO_USAGE_LOCATION);

        assertTrue(get("/v1.0/users/user00003@contoso.com?$select=usageLocation")
                .get("usageLocation")
                .isNull());
    }

    @Test
    void stateEndpointShowsEveryUsersHome() throws Exception {
        start(Scenario.HEALTHY);
        JsonNode state = Clients.json(clients.get(StateEndpoint.PATH, null));

        assertEquals(10, state.path("users").size());
        assertEquals("onprem", state.path("users").get(0).path("home").asText());
        assertEquals(
                "sip:user00001@contoso.com",
                state.path("users").get(0).path("sipAddress").asText());
    }

    @Test
    void stateEndpointShowsEachUsersPoolMovesAndMoveCalls() throws Exception {
        start(Scenario.HEALTHY);
        world.change(w -> {
            OnPremUser user = w.user("user00001@contoso.com").orElseThrow();
            w.countMoveCall(user.sipAddress());
            w.countMoveCall(user.sipAddress());
        });

        JsonNode first = Clients.json(clients.get(StateEndpoint.PATH, null))
                .path("users")
                .get(0);

        assertEquals(World.POOL_FQDN, first.path("registrarPool").asText());
        assertEquals(0, first.path("moves").asInt());
        assertEquals(2, first.path("moveCalls").asInt());
    }
}
