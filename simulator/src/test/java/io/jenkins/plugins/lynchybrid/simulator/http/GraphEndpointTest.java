package io.jenkins.plugins.lynchybrid.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Graph v1.0 as the JDK HttpClient sees it: shapes, paging, $batch, throttling and token checks. */
class GraphEndpointTest {
    private static final World world = new World(25, "pw".toCharArray());
    private static CloudServer server;
    private static Clients clients;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        server = CloudServer.start(world);
        clients = new Clients(server);
        token = clients.secretToken(world);
    }

    @AfterEach
    void clearFaults() {
        world.change(w -> w.faults(Faults.none()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void usersArePagedByAbsoluteNextLinksUntilTheLastPage() throws Exception {
        List<String> upns = new ArrayList<>();
        String next = "/v1.0/users?$select=id,userPrincipalName,onPremisesSyncEnabled&$top=10";
        int pages = 0;
        while (next != null) {
            JsonNode page = Clients.json(clients.get(next, token));
            page.path("value").forEach(u -> upns.add(u.path("userPrincipalName").asText()));
            next = page.hasNonNull("@odata.nextLink")
                    ? page.get("@odata.nextLink").asText()
                    : null;
            assertTrue(next == null || next.startsWith(server.baseUrl() + "/v1.0/users?"), next);
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(25, new HashSet<>(upns).size());
    }

    @Test
    void filtersOnSyncStateAndUpnPrefix() throws Exception {
        JsonNode prefixed = Clients.json(clients.get(
                "/v1.0/users?$filter=startswith(userPrincipalName,'user0001')&$select=userPrincipalName", token));
        JsonNode exact = Clients.json(
                clients.get("/v1.0/users?$filter=userPrincipalName%20eq%20'user00007@contoso.com'", token));
        JsonNode synced =
                Clients.json(clients.get("/v1.0/users?$filter=onPremisesSyncEnabled%20eq%20true&$top=999", token));

        assertEquals(10, prefixed.path("value").size());
        assertEquals(
                "user00007@contoso.com",
                exact.path("value").get(0).path("userPrincipalName").asText());
        assertEquals(25, synced.path("value").size());
    }

    @Test
    void onPremisesPropertiesComeOnlyOnSelect() throws Exception {
        JsonNode plain = Clients.json(clients.get("/v1.0/users/user00001@contoso.com", token));
        JsonNode selected = Clients.json(clients.get(
                "/v1.0/users/user00001@contoso.com?$select=onPremisesSyncEnabled,usageLocation,assignedPlans", token));

        assertFalse(plain.has("onPremisesSyncEnabled"));
        assertTrue(selected.path("onPremisesSyncEnabled").asBoolean());
        assertEquals("US", selected.path("usageLocation").asText());
        assertEquals(
                "MicrosoftCommunicationsOnline",
                selected.path("assignedPlans").get(0).path("service").asText());
    }

    @Test
    void unknownUserIsResourceNotFound() throws Exception {
        HttpResponse<String> response = clients.get("/v1.0/users/nobody@contoso.com", token);

        assertEquals(404, response.statusCode());
        assertEquals("Request_ResourceNotFound", Clients.errorCode(response));
    }

    @Test
    void batchOfTwentyAnswersEveryItemById() throws Exception {
        JsonNode answer = Clients.json(clients.post("/v1.0/$batch", token, batch(20)));

        Set<String> ids = new HashSet<>();
        answer.path("responses").forEach(r -> {
            ids.add(r.path("id").asText());
            assertEquals(200, r.path("status").asInt());
        });
        assertEquals(20, ids.size());
    }

    @Test
    void batchOfTwentyOneIsRefused() throws Exception {
        assertEquals(400, clients.post("/v1.0/$batch", token, batch(21)).statusCode());
    }

    /** microsoft-graph-docs-contrib concepts/throttling.md, "Sample response". */
    @Test
    void throttledCallsGet429WithFractionalRetryAfterAndAnInnerError() throws Exception {
        world.change(w -> {
            w.faults(w.faults().withThrottleRate(1.0));
            w.graphRetryAfter("2.128");
        });

        HttpResponse<String> whole = clients.get("/v1.0/organization", token);
        assertEquals(429, whole.statusCode());
        assertEquals("2.128", whole.headers().firstValue("Retry-After").orElseThrow());
        JsonNode error = Clients.json(whole).path("error");
        assertEquals("TooManyRequests", error.path("code").asText());
        assertEquals("429", error.path("innerError").path("status").asText());
    }

    @Test
    void throttledBatchItemsCarryTheirOwnRetryAfter() throws Exception {
        world.change(w -> w.faults(w.faults().withThrottleRate(0.5)));
        HttpResponse<String> response;
        do {
            response = clients.post("/v1.0/$batch", token, batch(20));
        } while (response.statusCode() == 429);

        List<JsonNode> throttled = new ArrayList<>();
        Clients.json(response).path("responses").forEach(r -> {
            if (r.path("status").asInt() == 429) {
                throttled.add(r);
            }
        });
        assertFalse(throttled.isEmpty());
        throttled.forEach(r -> assertEquals(
                world.read(World::graphRetryAfter),
                r.path("headers").path("Retry-After").asText()));
    }

    @Test
    void expiredTokenIsInvalidAuthenticationToken() throws Exception {
        world.change(w -> w.faults(w.faults().withTokenLifetime(Duration.ofSeconds(-1))));
        String expired = clients.secretToken(world);

        HttpResponse<String> response = clients.get("/v1.0/organization", expired);
        assertEquals(401, response.statusCode());
        assertEquals("InvalidAuthenticationToken", Clients.errorCode(response));
    }

    @Test
    void callWithoutTokenIsUnauthorized() throws Exception {
        assertEquals(401, clients.get("/v1.0/organization", null).statusCode());
    }

    private static String batch(int size) {
        StringBuilder json = new StringBuilder("{\"requests\":[");
        for (int i = 1; i <= size; i++) {
            json.append(i > 1 ? "," : "")
                    .append("{\"id\":\"")
                    .append(i)
                    .append("\",\"method\":\"GET\",\"url\":\"/users/user")
                    .append(String.format("%05d", i))
                    .append("@contoso.com?$select=id,usageLocation\"}");
        }
        return json.append("]}").toString();
    }
}
