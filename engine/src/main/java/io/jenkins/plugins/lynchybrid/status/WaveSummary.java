package io.jenkins.plugins.lynchybrid.status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One wave as its journal records it.
 *
 * @param name the journal's file name without its extension
 * @param begun when the wave's first run began
 * @param lastOutcome when its last user outcome was recorded
 */
public record WaveSummary(
        String name,
        Path journal,
        int moved,
        int verified,
        int pending,
        int failed,
        Optional<Instant> begun,
        Optional<Instant> lastOutcome) {

    /** From the wave's first run to its last outcome; empty when it moved nobody. */
    public Optional<Duration> span() {
        if (moved == 0 || begun.isEmpty() || lastOutcome.isEmpty()) {
            return Optional.empty();
        }
        Duration span = Duration.between(begun.get(), lastOutcome.get());
        return Optional.of(span.isNegative() || span.isZero() ? Duration.ofMillis(1) : span);
    }

    /** Users moved per hour over the wave's span. */
    public Optional<Double> usersPerHour() {
        return span().map(s -> moved * 3_600_000.0 / s.toMillis());
    }
}
