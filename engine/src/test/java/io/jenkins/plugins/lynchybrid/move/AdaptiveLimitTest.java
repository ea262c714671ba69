package io.jenkins.plugins.lynchybrid.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdaptiveLimitTest {
    private static final long LATENCY = 1_000_000;

    /**
     * Starts and finishes moves as {@link MoveSlots} does: it counts the moves in flight, and a finished move leaves
     * the count before the policy hears of it, so a throttle reports the moves genuinely still running.
     */
    private static final class Slots {
        private final AdaptiveLimit policy;
        private long nextSeq;
        private int inFlight;

        Slots(AdaptiveLimit policy) {
            this.policy = policy;
        }

        long start() {
            inFlight++;
            return nextSeq++;
        }

        void succeed(long seq, long latency) {
            inFlight--;
            policy.onSuccess(seq, latency);
        }

        void throttle(long seq) {
            inFlight--;
            policy.onThrottle(seq, inFlight, nextSeq);
        }

        void timeOut(long seq) {
            inFlight--;
            policy.onTimeout(seq, nextSeq);
        }
    }

    /**
     * A service that runs {@code capacity} moves at once and refuses the rest at once: each round the policy starts
     * {@code limit} moves; the refusals come back while the accepted moves still run, then the successes.
     */
    private static final class CappedService {
        private final Slots slots;
        private final int capacity;
        private int moved;
        private int refused;

        CappedService(AdaptiveLimit policy, int capacity) {
            this.slots = new Slots(policy);
            this.capacity = capacity;
        }

        void round() {
            int started = slots.policy.limit();
            long first = slots.nextSeq;
            for (int i = 0; i < started; i++) {
                slots.start();
            }
            int accepted = Math.min(started, capacity);
            for (long seq = first + accepted; seq < first + started; seq++) {
                slots.throttle(seq);
                refused++;
            }
            for (long seq = first; seq < first + accepted; seq++) {
                slots.succeed(seq, LATENCY);
                moved++;
            }
        }

        void reset() {
            moved = 0;
            refused = 0;
        }
    }

    /**
     * Pins the throttle cut: a limit that never backs off (or never hears of a throttle) still moves 16 a round,
     * but gets 48 refusals a round, which this test counts.
     */
    @Test
    void settlesAtTheServiceCapacityWithFewRefusals() {
        CappedService service = new CappedService(new AdaptiveLimit(64), 16);
        for (int i = 0; i < 20; i++) {
            service.round();
        }
        service.reset();
        for (int i = 0; i < 40; i++) {
            service.round();
        }

        assertTrue(service.moved >= 0.9 * 16 * 40, "moved " + service.moved + " of a possible " + 16 * 40);
        assertTrue(service.refused <= 0.05 * service.moved, service.refused + " refusals for " + service.moved);
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

    /** Slow start: a round of flat-latency successes doubles the limit. */
    @Test
    void slowStartDoublesTheLimitEachRound() {
        AdaptiveLimit policy = new AdaptiveLimit(64);
        CappedService service = new CappedService(policy, Integer.MAX_VALUE);

        assertEquals(AdaptiveLimit.INITIAL, policy.limit());
        service.round();
        assertEquals(2 * AdaptiveLimit.INITIAL, policy.limit());
        service.round();
        assertEquals(4 * AdaptiveLimit.INITIAL, policy.limit());
    }

    /** After the first cut the limit probes gently: about one more move per round, not double. */
    @Test
    void afterAThrottleTheLimitGrowsByAboutOneARound() {
        AdaptiveLimit policy = new AdaptiveLimit(64);
        CappedService unlimited = new CappedService(policy, Integer.MAX_VALUE);
        unlimited.round();
        unlimited.round();
        long[] seqs = startMany(unlimited.slots, 10);
        unlimited.slots.throttle(seqs[9]);
        int afterCut = policy.limit();
        for (int i = 0; i < 9; i++) {
            unlimited.slots.succeed(seqs[i], LATENCY);
        }

        for (int i = 0; i < 3; i++) {
            unlimited.round();
        }

        assertEquals(9, afterCut);
        int grown = policy.limit() - afterCut;
        assertTrue(grown >= 2 && grown <= 4, "grew by " + grown + " in three rounds after the cut");
    }

    @Test
    void theLimitStartsAtTheMaximumWhenThatIsBelowTheInitialLimit() {
        assertEquals(2, new AdaptiveLimit(2).limit());
        assertEquals(1, new AdaptiveLimit(1).limit());
    }

    @Test
    void aMaximumBelowOneIsRefusedNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AdaptiveLimit(0));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
    }

    /** Pins "a throttle cuts to at most 90%": with many moves still running the cut is by the factor. */
    @Test
    void aThrottleWhileTheServiceIsBusyCutsTheLimitToNinetyPercent() {
        AdaptiveLimit policy = grownTo(32);
        Slots slots = new Slots(policy);
        long[] seqs = startMany(slots, 32);

        slots.throttle(seqs[31]);

        assertEquals(28, policy.limit()); // 32 x 0.9 = 28.8, and 31 moves still run
    }

    /**
     * Pins "no more than the moves the service is still running": most moves have finished when the throttle
     * comes, so the service has shown it accepts only the few still running. A cut by the factor alone leaves 28.
     */
    @Test
    void aThrottleCutsTheLimitToTheMovesTheServiceIsStillRunning() {
        AdaptiveLimit policy = grownTo(32);
        Slots slots = new Slots(policy);
        long[] seqs = startMany(slots, 32);
        for (int i = 0; i < 24; i++) {
            slots.succeed(seqs[i], LATENCY);
        }

        slots.throttle(seqs[24]);

        assertEquals(7, policy.limit());
    }

    @Test
    void aThrottleOfTheOnlyMoveInFlightLeavesOneMove() {
        AdaptiveLimit policy = grownTo(32);
        Slots slots = new Slots(policy);

        slots.throttle(slots.start());

        assertEquals(1, policy.limit());
    }

    @Test
    void aTimeoutHalvesTheLimit() {
        AdaptiveLimit policy = grownTo(32);
        Slots slots = new Slots(policy);
        long[] seqs = startMany(slots, 32);

        slots.timeOut(seqs[0]);

        assertEquals(16, policy.limit());
    }

    @Test
    void timeoutsNeverCutTheLimitBelowOne() {
        AdaptiveLimit policy = new AdaptiveLimit(1);
        Slots slots = new Slots(policy);

        slots.timeOut(slots.start());
        slots.timeOut(slots.start());

        assertEquals(1, policy.limit());
    }

    @Test
    void repliesToMovesStartedBeforeACutDoNotCutAgain() {
        AdaptiveLimit policy = grownTo(32);
        Slots slots = new Slots(policy);
        long[] seqs = startMany(slots, 32);
        slots.throttle(seqs[31]);
        int afterFirstCut = policy.limit();

        slots.throttle(seqs[30]);
        slots.timeOut(seqs[29]);

        assertEquals(afterFirstCut, policy.limit());
    }

    /** The first move started after a cut is new news: its throttle cuts again. */
    @Test
    void theFirstMoveStartedAfterACutCanCutAgain() {
        AdaptiveLimit policy = grownTo(32);
        Slots slots = new Slots(policy);
        long[] seqs = startMany(slots, 32);
        slots.throttle(seqs[31]);
        long firstAfterCut = slots.start();

        slots.throttle(firstAfterCut);

        assertEquals(25, policy.limit()); // 28.8 x 0.9 = 25.9
    }

    @Test
    void theFirstMoveStartedAfterACutCanTimeOutAndHalveAgain() {
        AdaptiveLimit policy = grownTo(32);
        Slots slots = new Slots(policy);
        long[] seqs = startMany(slots, 32);
        slots.timeOut(seqs[31]);
        long firstAfterCut = slots.start();

        slots.timeOut(firstAfterCut);

        assertEquals(8, policy.limit());
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

    /** Pins the latency tolerance: smoothed latency past 1.5 times the fastest seen stops the growth. */
    @Test
    void latencyRisingPastOneAndAHalfTimesTheFastestStopsGrowth() {
        AdaptiveLimit policy = new AdaptiveLimit(64);
        Slots slots = new Slots(policy);
        slots.succeed(slots.start(), LATENCY);
        int before = policy.limit();

        slots.succeed(slots.start(), LATENCY * 4); // smoothed: 1 + 0.2 x 3 = 1.6 times the fastest

        assertEquals(before, policy.limit());
    }

    @Test
    void latencyUpToOneAndAHalfTimesTheFastestStillCountsAsFlat() {
        AdaptiveLimit policy = new AdaptiveLimit(64);
        Slots slots = new Slots(policy);
        slots.succeed(slots.start(), LATENCY);
        int before = policy.limit();

        slots.succeed(slots.start(), LATENCY * 7 / 2); // smoothed: 1 + 0.2 x 2.5 = 1.5 times the fastest

        assertEquals(before + 1, policy.limit());
    }

    private static AdaptiveLimit grownTo(int limit) {
        AdaptiveLimit policy = new AdaptiveLimit(limit);
        CappedService service = new CappedService(policy, Integer.MAX_VALUE);
        for (int round = 0; round < 32 && policy.limit() < limit; round++) {
            service.round();
        }
        assertEquals(limit, policy.limit());
        return policy;
    }

    private static long[] startMany(Slots slots, int count) {
        long[] seqs = new long[count];
        for (int i = 0; i < count; i++) {
            seqs[i] = slots.start();
        }
        return seqs;
    }

    /** A service that queues instead of refusing: beyond {@code parallel} moves at once, latency grows. */
    private static final class QueueingService {
        private final Slots slots;
        private final int parallel;

        QueueingService(AdaptiveLimit policy, int parallel) {
            this.slots = new Slots(policy);
            this.parallel = parallel;
        }

        void round() {
            int started = slots.policy.limit();
            long[] seqs = startMany(slots, started);
            for (long seq : seqs) {
                slots.succeed(seq, LATENCY * Math.max(1, (started + parallel - 1) / parallel));
            }
        }
    }

    /** A fixed parallelism is what the user asked for: throttles, timeouts and fast replies leave it alone. */
    @Test
    void aFixedLimitStaysWhatWasAskedWhateverTheServiceSays() {
        LimitPolicy fixed = LimitPolicy.fixed(7);

        fixed.onThrottle(1, 0, 2);
        fixed.onTimeout(2, 3);
        fixed.onSuccess(3, 1_000);

        assertEquals(7, fixed.limit());
    }
}
