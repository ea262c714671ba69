package io.jenkins.plugins.lynchybrid.readiness;

import static io.jenkins.plugins.lynchybrid.readiness.Category.TLS;
import static io.jenkins.plugins.lynchybrid.readiness.Severity.ERROR;

import io.jenkins.plugins.lynchybrid.tls.EdgeCertificate;
import java.time.Duration;
import java.util.List;

/** The Access Edge's external certificate, as a federating partner (or Microsoft 365) sees it on 5061. */
final class TlsChecks {
    static final String EDGE_CHAIN = "tls.edge-chain-trusted";
    static final String EDGE_NAMES = "tls.edge-names";
    static final String EDGE_EXPIRY = "tls.edge-expiry";
    private static final String REISSUE = "Request a new certificate from a public CA for the Access Edge external"
            + " interface (Request-CsCertificate -New -Type AccessEdgeExternal ...), import it, then"
            + " Set-CsCertificate -Type AccessEdgeExternal -Thumbprint <thumbprint> on every Edge server.";

    private TlsChecks() {}

    static List<Check> all() {
        return List.of(
                new Check(
                        EDGE_CHAIN,
                        "The Access Edge certificate chain is trusted",
                        TLS,
                        ERROR,
                        "Microsoft 365 and partners drop federation with an Edge they cannot verify.",
                        "Assign the Edge external interface a certificate from a public CA (Set-CsCertificate -Type AccessEdgeExternal).",
                        List.of(),
                        TlsChecks::chain),
                new Check(
                        EDGE_NAMES,
                        "The Access Edge certificate names every SIP domain",
                        TLS,
                        ERROR,
                        "Each SIP domain's sip.<domain> must be in the certificate before users of that domain move.",
                        "Reissue the Edge external certificate with sip.<domain> for every SIP domain as a SAN.",
                        List.of(),
                        TlsChecks::names),
                new Check(
                        EDGE_EXPIRY,
                        "The Access Edge certificate is valid for 30 more days",
                        TLS,
                        ERROR,
                        "An expired Edge certificate stops all federation and remote access.",
                        "Renew the Edge external certificate and assign it with Set-CsCertificate.",
                        List.of(),
                        TlsChecks::expiry));
    }

    private static Finding chain(HybridFacts facts) throws Exception {
        EdgeCertificate certificate = facts.edgeCertificate();
        String evidence =
                certificate.subject() + " issued by " + certificate.issuer() + ": " + certificate.trustReason();
        return certificate.trusted() ? Finding.met(evidence) : Finding.unmet(evidence, REISSUE);
    }

    private static Finding names(HybridFacts facts) throws Exception {
        EdgeCertificate certificate = facts.edgeCertificate();
        SipDomains domains = facts.sipDomainsForDns();
        List<String> missing = certificate.uncovered(
                domains.names().stream().map(d -> "sip." + d).toList());
        String evidence = "subject alternative names " + certificate.subjectAltNames();
        String scope = domains.note().map(n -> "\n" + n).orElse("");
        return missing.isEmpty()
                ? Finding.met(evidence + scope)
                : Finding.unmet(
                        evidence + " lack " + String.join(", ", missing) + scope,
                        REISSUE.replace("...", "-DomainName \"" + String.join(",", missing) + "\" ..."));
    }

    private static Finding expiry(HybridFacts facts) throws Exception {
        EdgeCertificate certificate = facts.edgeCertificate();
        Duration left = Duration.between(facts.now(), certificate.notAfter());
        String evidence = certificate.subject() + " valid until " + certificate.notAfter();
        if (left.isNegative() || left.isZero()) {
            return Finding.unmet(evidence + " (expired)", REISSUE);
        }
        if (left.compareTo(TenantChecks.CERTIFICATE_NOTICE) < 0) {
            return Finding.warning(evidence + " (" + left.toDays() + " days left)", REISSUE);
        }
        return Finding.met(evidence + " (" + left.toDays() + " days left)");
    }
}
