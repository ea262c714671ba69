package io.jenkins.plugins.lynchybrid.readiness;

import java.time.Duration;

/**
 * How long one piece of a run's data took to fetch, the fetches it waited on (a Graph token, the domain list)
 * included. The longest is the run's slowest dependency chain: no schedule can finish before it.
 */
public record FetchTiming(String what, Duration duration) {}
