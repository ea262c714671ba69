package io.jenkins.plugins.lynchybrid.simulator.world;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the Access Edge's external certificate says. The Edge TLS listener issues a certificate from it, and
 * issues a new one as soon as a scenario changes it.
 *
 * @param commonName the subject's CN
 * @param subjectAltNames DNS names and IPv4 addresses, in the order the certificate lists them
 */
public record EdgeCertificateProfile(
        String commonName, List<String> subjectAltNames, Instant notBefore, Instant notAfter) {

    public EdgeCertificateProfile {
        subjectAltNames = List.copyOf(subjectAltNames);
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException(
                    "Edge certificate notAfter " + notAfter + " is not after notBefore " + notBefore);
        }
    }

    /** The certificate of a correctly prepared Edge: every SIP domain's sip.* name, valid for most of a year. */
    public static EdgeCertificateProfile healthy(Instant now) {
        return new EdgeCertificateProfile(
                World.ACCESS_EDGE_FQDN,
                List.of(
                        World.ACCESS_EDGE_FQDN,
                        "sip." + World.SECOND_SIP_DOMAIN,
                        World.WEB_CONFERENCING_EDGE_FQDN,
                        World.AV_EDGE_FQDN,
                        "127.0.0.1"),
                now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(335)));
    }

    public EdgeCertificateProfile withSubjectAltNames(List<String> value) {
        return new EdgeCertificateProfile(commonName, value, notBefore, notAfter);
    }

    public EdgeCertificateProfile withValidity(Instant from, Instant until) {
        return new EdgeCertificateProfile(commonName, subjectAltNames, from, until);
    }
}
