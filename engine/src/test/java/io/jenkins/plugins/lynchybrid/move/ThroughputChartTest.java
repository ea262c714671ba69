package io.jenkins.plugins.lynchybrid.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputChartTest {
    private static final Instant START = Instant.parse("2026-12-01T20:00:00Z");

    private static List<UserOutcome> oneFinishingEvery(long millis, int users, long eachTakes) {
        List<UserOutcome> outcomes = new ArrayList<>();
        for (int i = 1; i <= users; i++) {
            outcomes.add(new UserOutcome(
                    "u" + i, "sip:u" + i, UserOutcome.Status.MOVED, "", 1, eachTakes, START.plusMillis(i * millis)));
        }
        return outcomes;
    }

    @Test
    void aRunOfSeveralMinutesGetsElapsedTimeMarks() {
        String svg = ThroughputChart.svg(
                START, START.plusSeconds(300), oneFinishingEvery(1000, 300, 4000), MoveTimeline.empty());

        assertTrue(svg.contains(">0 s</text>"), svg);
        assertTrue(svg.contains(">1:00</text>"), svg);
        assertTrue(svg.contains(">5:00</text>"), svg);
        assertTrue(svg.contains("elapsed, run took 5:00 (m:ss)"), svg);
    }

    @Test
    void theMovesInFlightLineShowsTheirPeakEvenWhenItLastedAMoment() {
        List<MoveTimeline.InFlight> changes = List.of(
                new MoveTimeline.InFlight(START.plusMillis(1000), 1, 2),
                new MoveTimeline.InFlight(START.plusMillis(1001), 2, 2),
                new MoveTimeline.InFlight(START.plusMillis(1002), 3, 4),
                new MoveTimeline.InFlight(START.plusMillis(1003), 1, 4),
                new MoveTimeline.InFlight(START.plusMillis(9000), 0, 4));

        String svg = ThroughputChart.svg(
                START, START.plusSeconds(10), oneFinishingEvery(1000, 9, 500), new MoveTimeline(changes, List.of()));

        assertTrue(svg.contains("moves in flight (peak 3)"), svg);
        assertTrue(svg.contains("stroke-dasharray"), "the limit is drawn too");
        assertTrue(svg.contains(">4</text>"), "the right axis reaches the highest limit");
    }

    @Test
    void aRunTooShortForARateSaysSoInsteadOfAnAbsurdAxis() {
        String svg =
                ThroughputChart.svg(START, START.plusMillis(200), oneFinishingEvery(1, 200, 50), MoveTimeline.empty());

        assertTrue(svg.contains("200 users finished in 0.2 s: too short for a rate line"), svg);
        assertFalse(svg.contains("users/s</text>"), svg);
        assertFalse(svg.matches("(?s).*>[0-9.]+/s</text>.*"), svg);
    }

    @Test
    void everyThrottlingGetsAMark() {
        List<Instant> throttled = List.of(START.plusSeconds(3), START.plusSeconds(7), START.plusSeconds(8));

        String svg = ThroughputChart.svg(
                START, START.plusSeconds(10), oneFinishingEvery(500, 20, 1000), new MoveTimeline(List.of(), throttled));

        assertEquals(3, svg.split("stroke=\"#d13438\"", -1).length - 1);
        assertTrue(svg.contains("throttled by the service (3)"), svg);
    }

    @Test
    void theRateAxisEndsAtARoundNumber() {
        assertEquals(5.0, ThroughputChart.niceCeiling(3.7));
        assertEquals(20.0, ThroughputChart.niceCeiling(11));
        assertEquals(0.2, ThroughputChart.niceCeiling(0.17), 1e-9);
    }
}
