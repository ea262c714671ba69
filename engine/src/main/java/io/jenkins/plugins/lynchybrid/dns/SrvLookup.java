package io.jenkins.plugins.lynchybrid.dns;

import java.util.List;

/** The SRV records of a service name, most preferred first (lowest priority, then highest weight). */
public record SrvLookup(DnsOutcome outcome, List<SrvTarget> targets) {
    public SrvLookup {
        targets = List.copyOf(targets);
    }
}
