package io.jenkins.plugins.lynchybrid.readiness;

import java.time.Instant;
import java.util.List;

/**
 * The Access Edge's external certificate as a TLS client saw it.
 *
 * @param trustProblem why the chain is not trusted; empty when it is
 * @param dnsNames the DNS names of the subject alternative names
 */
public record EdgeCertificate(String subject, List<String> dnsNames, Instant notAfter, String trustProblem) {
    public EdgeCertificate {
        dnsNames = List.copyOf(dnsNames);
    }

    public boolean trusted() {
        return trustProblem.isEmpty();
    }
}
