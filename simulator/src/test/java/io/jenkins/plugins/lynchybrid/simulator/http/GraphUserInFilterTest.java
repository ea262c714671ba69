package io.jenkins.plugins.lynchybrid.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /users?$filter=userPrincipalName in (...)} as Graph documents it: user.md lists {@code in} among
 * userPrincipalName's filter operators; known issues limit {@code in} to 15 expressions by default.
 */
class GraphUserInFilterTest {
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

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> users(String filter, String more) throws Exception {
        return clients.get(
                "/v1.0/users?$select=userPrincipalName&$filter="
                        + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20") + more,
                token);
    }

    private static List<String> upns(JsonNode page) {
        List<String> upns = new ArrayList<>();
        page.path("value").forEach(u -> upns.add(u.path("userPrincipalName").asText()));
        return upns;
    }

    private static String in(IntStream users) {
        return users.mapToObj(i -> String.format("'user%05d@contoso.com'", i)).collect(Collectors.joining(","));
    }

    @Test
    void anInFilterAnswersTheListedUsersWhateverTheirCaseAndSkipsUnknownOnes() throws Exception {
        JsonNode page = Clients.json(users(
                "userPrincipalName in ('user00003@contoso.com','USER00007@CONTOSO.COM','nobody@contoso.com')", ""));

        assertEquals(List.of("user00003@contoso.com", "user00007@contoso.com"), upns(page));
    }

    @Test
    void anInFilterOfFifteenValuesIsAnswered() throws Exception {
        JsonNode page = Clients.json(users("userPrincipalName in (" + in(IntStream.rangeClosed(1, 15)) + ")", ""));

        assertEquals(15, upns(page).size());
    }

    @Test
    void anInFilterOfSixteenValuesIsRefusedAsAnUnsupportedQuery() throws Exception {
        HttpResponse<String> response = users("userPrincipalName in (" + in(IntStream.rangeClosed(1, 16)) + ")", "");

        assertEquals(400, response.statusCode());
        assertEquals("Request_UnsupportedQuery", Clients.errorCode(response));
    }

    @Test
    void aDoubledQuoteStaysInsideItsLiteralAndCannotWidenTheFilter() throws Exception {
        JsonNode page = Clients.json(users(
                "userPrincipalName in ('x'') or startswith(userPrincipalName,''user',"
                        + "'y'' and accountEnabled eq true','user00004@contoso.com')",
                ""));

        assertEquals(List.of("user00004@contoso.com"), upns(page));
    }

    @Test
    void anInFilterIsPagedAlongNextLinks() throws Exception {
        List<String> found = new ArrayList<>();
        JsonNode page =
                Clients.json(users("userPrincipalName in (" + in(IntStream.rangeClosed(1, 12)) + ")", "&$top=5"));
        found.addAll(upns(page));
        int pages = 1;
        while (page.hasNonNull("@odata.nextLink")) {
            page = Clients.json(clients.get(page.get("@odata.nextLink").asText(), token));
            found.addAll(upns(page));
            pages++;
        }

        assertEquals(3, pages);
        assertEquals(
                IntStream.rangeClosed(1, 12)
                        .mapToObj(i -> String.format("user%05d@contoso.com", i))
                        .toList(),
                found);
    }
}
