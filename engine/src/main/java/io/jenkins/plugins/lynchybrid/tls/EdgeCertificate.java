package io.jenkins.plugins.lynchybrid.tls;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The certificate an Access Edge presented, and whether this agent trusts it.
 *
 * @param subject the leaf's subject DN, e.g. {@code CN=sip.contoso.com}
 * @param issuer the leaf's issuer DN
 * @param subjectAltNames the leaf's subjectAltName DNS names, in certificate order
 * @param trusted whether the chain leads to a root of the JDK or of the site's trust store, every certificate
 *     being within its validity period
 * @param trustReason which store trusted it, or why none did
 */
public record EdgeCertificate(
        String subject,
        String issuer,
        List<String> subjectAltNames,
        Instant notAfter,
        boolean trusted,
        String trustReason) {

    public EdgeCertificate {
        subjectAltNames = List.copyOf(subjectAltNames);
    }

    public boolean covers(String host) {
        return SanCoverage.covers(subjectAltNames, host);
    }

    /** The hosts among {@code hosts} the certificate does not cover, e.g. a SIP domain's missing sip.* name. */
    public List<String> uncovered(Collection<String> hosts) {
        return hosts.stream().filter(host -> !covers(host)).toList();
    }
}
