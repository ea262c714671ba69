package io.jenkins.plugins.lynchybrid.readiness;

import java.util.List;

/**
 * The external records a hybrid needs for each SIP domain (domain.md §3.1), with the Microsoft 365 target
 * each would have once hybrid is disabled (§3.3): while users remain on-premises that target is wrong.
 */
public enum DnsRecords {
    FEDERATION_SRV("_sipfederationtls._tcp.", true, 5061, "sipfed.online.lync.com"),
    CLIENT_SRV("_sip._tls.", true, 443, HybridFacts.ONLINE_SIP_TARGET),
    SIP_HOST("sip.", false, 0, HybridFacts.ONLINE_SIP_TARGET),
    LYNCDISCOVER("lyncdiscover.", false, 0, HybridFacts.ONLINE_WEB_TARGET);

    static final List<DnsRecords> ALL = List.of(values());

    private final String prefix;
    private final boolean srv;
    private final int port;
    private final String onlineTarget;

    DnsRecords(String prefix, boolean srv, int port, String onlineTarget) {
        this.prefix = prefix;
        this.srv = srv;
        this.port = port;
        this.onlineTarget = onlineTarget;
    }

    public String prefix() {
        return prefix;
    }

    public boolean srv() {
        return srv;
    }

    /** The port an SRV record must name; 0 for host records. */
    public int port() {
        return port;
    }

    public String onlineTarget() {
        return onlineTarget;
    }
}
