package io.jenkins.plugins.lynchybrid.dns;

/** One SRV record's data; {@code target} is lower case, without the trailing dot. */
public record SrvTarget(int priority, int weight, int port, String target) {}
