package io.jenkins.plugins.lynchybrid.readiness;

import java.util.List;

/**
 * One record looked up for one SIP domain: the SRV targets (for SRV records) and how each host resolved (the
 * SRV targets, or the name itself for host records).
 */
public record DnsAnswer(String name, List<SrvTarget> srvTargets, List<HostResolution> resolutions) {
    public DnsAnswer {
        srvTargets = List.copyOf(srvTargets);
        resolutions = List.copyOf(resolutions);
    }
}
