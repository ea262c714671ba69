package io.jenkins.plugins.lynchybrid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retry-After as Graph sends it. The fixture follows microsoft-graph-docs-contrib concepts/throttling.md
 * ("Sample response": {@code HTTP/1.1 429}, {@code Retry-After: 2.128}, an error with an innerError object);
 * the other forms follow RFC 9110 §10.2.3 (delta-seconds or HTTP-date).
 */
class GraphThrottlingTest {
    private static final String DOCUMENTED_RETRY_AFTER = "2.128";
    private static final Duration DOCUMENTED_WAIT = Duration.ofMillis(2128);
    /** A back-off far shorter than the documented wait, so only honouring Retry-After can pass. */
    private static final RetryPolicy SHORT_BACKOFF = new RetryPolicy(4, Duration.ofMillis(20), Duration.ofSeconds(10));

    private static SimulatedCloud cloud;

    @BeforeAll
    static void start() {
        cloud = SimulatedCloud.start(3);
    }

    @AfterEach
    void calm() {
        cloud.world().change(w -> w.throttleNext(0));
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    @Test
    void throttlingDocFractionalRetryAfterIsWaitedBeforeAPlainRequestIsSentAgain() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), SHORT_BACKOFF, 10);
        cloud.world().change(w -> {
            w.graphRetryAfter(DOCUMENTED_RETRY_AFTER);
            w.throttleNext(1);
        });

        graph.organization();

        List<Duration> gaps = cloud.server().gapsBetween("GET", "/v1.0/organization");
        assertEquals(1, gaps.size(), "one retry after the 429");
        assertTrue(gaps.get(0).compareTo(DOCUMENTED_WAIT) >= 0, "retried after " + gaps.get(0));
    }

    @Test
    void throttlingDocFractionalRetryAfterOfABatchItemIsWaitedBeforeTheItemIsSentAgain() {
        GraphClient graph = cloud.graph(cloud.secretTokens(), SHORT_BACKOFF, 10);
        int before = cloud.server().requestCount("POST", "/v1.0/$batch");
        cloud.world().change(w -> {
            w.graphRetryAfter(DOCUMENTED_RETRY_AFTER);
            // the first throttles the $batch request itself, the second its only item
            w.throttleNext(2);
        });

        UserLookup lookup = graph.users(List.of("user00001@contoso.com")).get("user00001@contoso.com");

        assertTrue(lookup.user().isPresent(), "found after the throttled item was retried");
        List<Duration> gaps = cloud.server().gapsBetween("POST", "/v1.0/$batch");
        assertEquals(before + 3, cloud.server().requestCount("POST", "/v1.0/$batch"));
        Duration itemRetry = gaps.get(gaps.size() - 1);
        assertTrue(itemRetry.compareTo(DOCUMENTED_WAIT) >= 0, "the throttled item was sent again after " + itemRetry);
    }

    @Test
    void fractionalSecondsAreRoundedUpToTheMillisecond() {
        assertEquals(Optional.of(Duration.ofMillis(2128)), RetryPolicy.retryAfter(Optional.of("2.128")));
        assertEquals(Optional.of(Duration.ofMillis(1)), RetryPolicy.retryAfter(Optional.of("0.0001")));
    }

    @Test
    void deltaSecondsAreSeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryPolicy.retryAfter(Optional.of(" 120 ")));
    }

    @Test
    void anHttpDateIsTheTimeLeftUntilIt() {
        Instant now = Instant.parse("2015-10-21T07:27:30Z");

        assertEquals(
                Optional.of(Duration.ofSeconds(30)),
                RetryPolicy.retryAfter(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT"), now));
    }

    @Test
    void anHttpDateAlreadyPastMeansRetryNow() {
        Instant now = Instant.parse("2015-10-21T08:00:00Z");

        assertEquals(
                Optional.of(Duration.ZERO), RetryPolicy.retryAfter(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT"), now));
    }

    @Test
    void aNegativeOrUnreadableValueIsIgnoredInFavourOfTheBackOff() {
        assertEquals(Optional.empty(), RetryPolicy.retryAfter(Optional.of("-5")));
        assertEquals(Optional.empty(), RetryPolicy.retryAfter(Optional.of("soon")));
        assertEquals(Optional.empty(), RetryPolicy.retryAfter(Optional.of("1e3")));
    }

    @Test
    void aHugeRetryAfterIsBoundedByThePolicy() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(30));

        assertEquals(Duration.ofSeconds(30), policy.delay(1, RetryPolicy.retryAfter(Optional.of("99999999999.5"))));
    }
}
