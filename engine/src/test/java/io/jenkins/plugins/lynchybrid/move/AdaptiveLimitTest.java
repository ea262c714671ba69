package io.jenkins.plugins.lynchybrid.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdaptiveLimitTest {
    private static final long LATENCY = 1_000_000;

    /**
     * A service that runs {@code capacity} moves at once and refuses the rest at once: each round the policy
     * starts {@code limit} moves; the refusals come back first, then the successes.
     */
    private static final class CappedService {
        private final AdaptiveLimit policy;
        private final int capacity;
        private long seq;

        CappedService(AdaptiveLimit policy, int capacity) {
            this.policy = policy;
            this.capacity = capacity;
        }

        int round() {
            int started = policy.limit();
            long first = seq;
            seq += started;
            int refused = Math.max(0, started - capacity);
            for (int i = 0; i < refused; i++) {
                policy.onThrottle(first + capacity + i, started - 1 - i, seq);
            }
            for (int i = 0; i < Math.min(started, capacity); i++) {
                policy.onSuccess(first + i, LATENCY);
            }
            return Math.min(started, capacity);
        }
    }

    @Test
    void findsTheServiceCapacityWithoutBeingTold() {
        CappedService service = new CappedService(new AdaptiveLimit(64), 16);
        for (int i = 0; i < 20; i++) {
            service.round();
        }
        int moved = 0;
        for (int i = 0; i < 40; i++) {
            moved += service.round();
        }

        double perRound = moved / 40.0;
        assertTrue(perRound >= 0.9 * 16, "moves per round " + perRound + " of a possible 16");
    }

    @Test
    void growsUntilTheMaximumWhenTheServiceNeverThrottles() {
        AdaptiveLimit policy = new AdaptiveLimit(32);
        CappedService service = new CappedService(policy, Integer.MAX_VALUE);
        for (int i = 0; i < 10; i++) {
            service.round();
        }

        assertEquals(32, policy.limit());
    }

    @Test
    void aTimeoutHalvesTheLimit() {
        AdaptiveLimit policy = new AdaptiveLimit(64);
        new CappedService(policy, Integer.MAX_VALUE).round();
        int before = policy.limit();

        policy.onTimeout(100, 101);

        assertEquals(before / 2, policy.limit());
    }

    @Test
    void repliesToMovesStartedBeforeACutDoNotCutAgain() {
        AdaptiveLimit policy = new AdaptiveLimit(64);
        CappedService service = new CappedService(policy, Integer.MAX_VALUE);
        service.round();
        service.round();
        policy.onThrottle(10, 30, 20);
        int afterFirstCut = policy.limit();

        policy.onThrottle(11, 29, 20);
        policy.onThrottle(12, 28, 20);

        assertEquals(afterFirstCut, policy.limit());
    }

    @Test
    void stopsGrowingWhenLatencyRisesWithConcurrency() {
        AdaptiveLimit policy = new AdaptiveLimit(64);
        QueueingService service = new QueueingService(policy, 8);
        for (int i = 0; i < 10; i++) {
            service.round();
        }
        int settled = policy.limit();
        for (int i = 0; i < 30; i++) {
            service.round();
        }

        assertEquals(settled, policy.limit());
        assertTrue(settled < 32, "limit " + settled + " grew far past where latency started rising");
    }

    /** A service that queues instead of refusing: beyond {@code parallel} moves at once, latency grows. */
    private record QueueingService(AdaptiveLimit policy, int parallel) {
        private static long seq;

        void round() {
            int started = policy.limit();
            for (int i = 0; i < started; i++) {
                policy.onSuccess(seq++, LATENCY * Math.max(1, (started + parallel - 1) / parallel));
            }
        }
    }
}
