package io.jenkins.plugins.lynchybrid.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One readiness run: the single result model every report renders.
 *
 * @param fetches how long each piece of data took, for the JSON report and the benchmark
 */
public record ReadinessReport(
        String site, Instant startedAt, Duration wall, List<CheckResult> results, List<FetchTiming> fetches) {

    public ReadinessReport {
        results = List.copyOf(results);
        fetches = List.copyOf(fetches);
    }

    /** The longest fetch: the slowest chain of dependent calls in this run (zero when nothing was fetched). */
    public Duration slowestFetch() {
        return fetches.stream()
                .map(FetchTiming::duration)
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    public long count(Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public boolean ready(FailOn failOn) {
        return results.stream().noneMatch(r -> failOn.blocks(r.status()));
    }

    public List<CheckResult> withStatus(Status status) {
        return results.stream().filter(r -> r.status() == status).toList();
    }
}
