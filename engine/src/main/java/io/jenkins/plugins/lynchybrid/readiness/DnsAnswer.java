package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.dns.Resolution;
import io.jenkins.plugins.lynchybrid.dns.SrvLookup;
import java.util.List;
import java.util.Optional;

/**
 * One record looked up for one SIP domain: the SRV lookup (for SRV records) and how each host resolved (every
 * SRV target in order, or the name itself for host records).
 */
public record DnsAnswer(String name, Optional<SrvLookup> srv, List<Resolution> resolutions) {
    public DnsAnswer {
        resolutions = List.copyOf(resolutions);
    }
}
