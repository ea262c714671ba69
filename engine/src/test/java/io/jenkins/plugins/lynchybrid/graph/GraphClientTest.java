package io.jenkins.plugins.lynchybrid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.TokenSource;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GraphClient against the simulated Graph over real sockets: paging, batching, throttling, token expiry. */
class GraphClientTest {
    private static final RetryPolicy FAST = new RetryPolicy(10, Duration.ofMillis(50), Duration.ofSeconds(2));
    private static SimulatedCloud cloud;

    @BeforeAll
    static void start() {
        cloud = SimulatedCloud.start(60);
    }

    @AfterEach
    void clearFaults() {
        cloud.world().change(w -> w.faults(Faults.none()));
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

    private static List<List<GraphUser>> allPages(GraphClient graph) {
        List<List<GraphUser>> pages = new ArrayList<>();
        graph.forEachUserPage(null, pages::add);
        return pages;
    }

    @Test
    void listsEveryUserOnceOverTenPages() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 6);

        List<List<GraphUser>> pages = allPages(graph);

        assertEquals(10, pages.size());
        assertEquals(
                new HashSet<>(upns(1, 60)),
                new HashSet<>(pages.stream()
                        .flatMap(List::stream)
                        .map(GraphUser::userPrincipalName)
                        .toList()));
    }

    @Test
    void filtersUsersOnTheServer() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 100);
        List<GraphUser> found = new ArrayList<>();

        graph.forEachUserPage("startswith(userPrincipalName,'user0005')", found::addAll);

        assertEquals(
                upns(50, 59), found.stream().map(GraphUser::userPrincipalName).toList());
    }

    @Test
    void looksUpFortyFiveUsersInOneBatchCallOfThreeFilters() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 100);
        int before = cloud.server().requestCount("POST", "/v1.0/$batch");

        Map<String, UserLookup> found = graph.users(upns(1, 45));

        assertEquals(1, cloud.server().requestCount("POST", "/v1.0/$batch") - before);
        assertEquals(45, found.size());
        assertTrue(found.values().stream().allMatch(l -> l.user().isPresent()));
    }

    @Test
    void unknownUserInABatchIsNotFoundWhileOthersAreFound() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 100);

        Map<String, UserLookup> found = graph.users(List.of("user00001@contoso.com", "ghost@contoso.com"));

        assertEquals(404, found.get("ghost@contoso.com").status());
        assertEquals(
                "user00001@contoso.com",
                found.get("user00001@contoso.com").user().orElseThrow().userPrincipalName());
    }

    @Test
    void throttlingStormStillYieldsEveryCorrectResult() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 20);
        List<GraphUser> expected =
                allPages(graph).stream().flatMap(List::stream).toList();
        cloud.world().change(w -> w.faults(w.faults().withThrottleRate(0.3)));

        List<GraphUser> listed = allPages(graph).stream().flatMap(List::stream).toList();
        Map<String, UserLookup> looked = graph.users(upns(1, 60));

        assertEquals(expected, listed);
        assertTrue(looked.values().stream().allMatch(l -> l.status() == 200), looked::toString);
        assertEquals(
                expected,
                upns(1, 60).stream()
                        .map(u -> looked.get(u).user().orElseThrow())
                        .toList());
    }

    /**
     * Pins the renewal on expiry: the simulated token authority's clock moves two hours on (no sleep), so Graph
     * refuses the token MSAL still holds; the client renews it once and no call fails. Without the renewal on 401
     * the second listing fails with InvalidAuthenticationToken; without a renewal the count stays 0.
     */
    @Test
    void anAccessTokenThatExpiresMidRunIsRenewedOnceWithoutFailingACall() {
        TokenSource admin = cloud.adminTokens();
        AtomicInteger renewals = new AtomicInteger();
        TokenSource counted = new TokenSource() {
            @Override
            public String accessToken() {
                return admin.accessToken();
            }

            @Override
            public String refreshedAccessToken() {
                renewals.incrementAndGet();
                return admin.refreshedAccessToken();
            }
        };
        GraphClient graph = cloud.graph(counted, FAST, 30);
        int pages = allPages(graph).size();
        assertEquals(0, renewals.get(), "a fresh token needs no renewal");

        cloud.world().change(w -> w.advanceClock(Duration.ofHours(2)));
        pages += allPages(graph).size();

        assertEquals(4, pages);
        assertEquals(1, renewals.get());
        assertFalse(graph.users(upns(1, 3)).isEmpty());
    }

    @Test
    void readsOrganizationDomainsAndFederation() {
        GraphClient graph = cloud.graph(cloud.certificateTokens(), FAST, 100);

        assertEquals(Boolean.TRUE, graph.organization().onPremisesSyncEnabled());
        assertTrue(graph.domain(World.SIP_DOMAIN).orElseThrow().federated());
        assertEquals(3, graph.domains().size());
        assertEquals(
                cloud.world().read(World::adfsEntityId),
                graph.federationConfiguration(World.SIP_DOMAIN).orElseThrow().issuerUri());
        assertTrue(graph.federationConfiguration(World.TENANT_DOMAIN).isEmpty());
    }

    @Test
    void rejectedTokenIsRefreshedOnceAndTheCallSucceeds() {
        cloud.world().change(w -> w.faults(w.faults().withTokenLifetime(Duration.ofSeconds(-5))));
        String expired = cloud.secretTokens().accessToken();
        cloud.world().change(w -> w.faults(Faults.none()));
        TokenSource fresh = cloud.secretTokens();
        AtomicInteger refreshes = new AtomicInteger();
        TokenSource staleFirst = new TokenSource() {
            @Override
            public String accessToken() {
                return expired;
            }

            @Override
            public String refreshedAccessToken() {
                refreshes.incrementAndGet();
                return fresh.accessToken();
            }
        };

        Organization organization = cloud.graph(staleFirst, FAST, 100).organization();

        assertEquals("Contoso", organization.displayName());
        assertEquals(1, refreshes.get());
    }

    @Test
    void tokenTheServiceKeepsRefusingFailsWithItsStatus() {
        cloud.world().change(w -> w.faults(w.faults().withTokenLifetime(Duration.ofSeconds(-5))));
        GraphClient graph = cloud.graph(cloud.secretTokens(), FAST, 100);

        TenantException e = assertThrows(TenantException.class, graph::organization);

        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("InvalidAuthenticationToken"), e.getMessage());
    }
}
