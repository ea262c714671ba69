package io.jenkins.plugins.lynchybrid.move;

import java.time.Instant;
import java.util.List;

/**
 * How the run went over time, for the report's chart: the moves in flight after every change (the adaptive
 * parallelism at work) and each throttling answer of the service.
 */
public record MoveTimeline(List<InFlight> inFlight, List<Instant> throttledAt) {
    public MoveTimeline {
        inFlight = List.copyOf(inFlight);
        throttledAt = List.copyOf(throttledAt);
    }

    /** From {@code at} on, {@code moves} Move-CsUser calls were running and the limit allowed {@code limit}. */
    public record InFlight(Instant at, int moves, int limit) {}

    public static MoveTimeline empty() {
        return new MoveTimeline(List.of(), List.of());
    }
}
