package io.jenkins.plugins.lynchybrid.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One readiness run: the single result model every report renders. */
public record ReadinessReport(String site, Instant startedAt, Duration wall, List<CheckResult> results) {

    public ReadinessReport {
        results = List.copyOf(results);
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
