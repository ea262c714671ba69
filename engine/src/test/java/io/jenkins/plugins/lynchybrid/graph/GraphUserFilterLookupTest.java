package io.jenkins.plugins.lynchybrid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Users looked up 15 to a {@code userPrincipalName in (...)} filter and 20 filters to a {@code $batch}, counted at
 * the simulated Graph over real sockets.
 */
class GraphUserFilterLookupTest {
    private static final RetryPolicy FAST = new RetryPolicy(10, Duration.ofMillis(50), Duration.ofSeconds(2));
    private static final String BATCH = "/v1.0/$batch";
    private static final String USERS = "/v1.0/users";
    private static final String QUOTED = "o'neil@contoso.com";
    private static SimulatedCloud cloud;

    @BeforeAll
    static void start() {
        cloud = SimulatedCloud.start(700);
        cloud.world().change(w -> w.addUser("sip:oneil@contoso.com", QUOTED, "Neil, O'"));
    }

    @AfterEach
    void calm() {
        cloud.world().change(w -> w.throttleNext(0));
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static List<String> upns(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> String.format("user%05d@contoso.com", i))
                .toList();
    }

    private static int requests(String method, String path) {
        return cloud.server().requestCount(method, path);
    }

    private static void assertAllFound(List<String> upns, Map<String, UserLookup> found) {
        assertEquals(upns, new ArrayList<>(found.keySet()), "every requested key, in order");
        upns.forEach(u -> assertEquals(
                u.toLowerCase(java.util.Locale.ROOT),
                found.get(u)
                        .user()
                        .orElseThrow(() -> new AssertionError(found.get(u)))
                        .userPrincipalName()));
    }

    @Test
    void sixHundredUsersAreLookedUpInTwoBatchRequestsOfTwentyFilters() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 100);
        int batches = requests("POST", BATCH);
        int lists = requests("GET", USERS);
        List<String> upns = upns(1, 600);

        Map<String, UserLookup> found = graph.users(upns);

        assertAllFound(upns, found);
        // 600 / 15 = 40 filters, 20 to a batch; no single-user GET and no further page
        assertEquals(2, requests("POST", BATCH) - batches);
        assertEquals(0, requests("GET", USERS) - lists);
    }

    @Test
    void aUserTheFilterDoesNotReturnIsNotFoundExactlyAsA404Says() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 100);

        Map<String, UserLookup> found = graph.users(List.of("user00001@contoso.com", "ghost@contoso.com"));

        assertEquals(UserLookup.notFound("ghost@contoso.com"), found.get("ghost@contoso.com"));
        assertTrue(found.get("user00001@contoso.com").user().isPresent());
    }

    @Test
    void anObjectIdIsStillReadByItsResourcePathAndAnUnknownOneIsNotFound() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 100);
        String id = graph.users(List.of("user00002@contoso.com"))
                .get("user00002@contoso.com")
                .user()
                .orElseThrow()
                .id();

        Map<String, UserLookup> found = graph.users(List.of(id, "00000000-0000-0000-0000-000000000000"));

        assertEquals("user00002@contoso.com", found.get(id).user().orElseThrow().userPrincipalName());
        assertEquals(
                UserLookup.notFound("00000000-0000-0000-0000-000000000000"),
                found.get("00000000-0000-0000-0000-000000000000"));
    }

    @Test
    void aUpnWithAQuoteIsFoundAndAQuotedAttackFindsNobody() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 100);
        String widening = "x@contoso.com') or startswith(userPrincipalName,'user";
        String closing = "y@contoso.com','user00009@contoso.com";

        Map<String, UserLookup> found = graph.users(List.of(QUOTED, widening, closing, "user00003@contoso.com"));

        assertEquals(QUOTED, found.get(QUOTED).user().orElseThrow().userPrincipalName());
        assertEquals(UserLookup.notFound(widening), found.get(widening));
        assertEquals(UserLookup.notFound(closing), found.get(closing));
        assertTrue(found.get("user00003@contoso.com").user().isPresent());
        assertEquals(4, found.size());
    }

    @Test
    void aFilterAnsweredOverSeveralPagesIsFollowedToItsLastPage() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 4);
        int batches = requests("POST", BATCH);
        int lists = requests("GET", USERS);
        List<String> upns = upns(101, 115);

        Map<String, UserLookup> found = graph.users(upns);

        assertAllFound(upns, found);
        // one filter of 15 at $top=4: the first page in the batch, three more along @odata.nextLink
        assertEquals(1, requests("POST", BATCH) - batches);
        assertEquals(3, requests("GET", USERS) - lists);
    }

    @Test
    void aThrottledBatchAndAThrottledFilterAreSentAgainAndEveryUserIsFound() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 100);
        int batches = requests("POST", BATCH);
        List<String> upns = upns(201, 240);
        // the first throttles the $batch request itself, the second its first filter (15 users)
        cloud.world().change(w -> w.throttleNext(2));

        Map<String, UserLookup> found = graph.users(upns);

        assertAllFound(upns, found);
        assertEquals(3, requests("POST", BATCH) - batches);
    }

    @Test
    void upnsAreMatchedWithoutRegardToCase() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 100);

        Map<String, UserLookup> found = graph.users(List.of("USER00005@Contoso.com"));

        assertEquals(
                "user00005@contoso.com",
                found.get("USER00005@Contoso.com").user().orElseThrow().userPrincipalName());
    }
}
