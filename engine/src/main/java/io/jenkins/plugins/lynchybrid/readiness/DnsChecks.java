package io.jenkins.plugins.lynchybrid.readiness;

import static io.jenkins.plugins.lynchybrid.readiness.Category.DNS;
import static io.jenkins.plugins.lynchybrid.readiness.Severity.ERROR;
import static io.jenkins.plugins.lynchybrid.readiness.Severity.WARNING;

import io.jenkins.plugins.lynchybrid.dns.DnsOutcome;
import io.jenkins.plugins.lynchybrid.dns.Resolution;
import io.jenkins.plugins.lynchybrid.dns.SrvLookup;
import io.jenkins.plugins.lynchybrid.dns.SrvTarget;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public records of every SIP domain of the tenant: while users remain on-premises all of them point at
 * the on-premises Edge and reverse proxy, and none at Microsoft 365 (domain.md §3). Readiness gates the
 * hybrid before any move, so on-premises users are assumed to remain.
 */
final class DnsChecks {
    static final String FEDERATION_SRV = "dns.sipfederationtls-srv";
    static final String CLIENT_SRV = "dns.sip-tls-srv";
    static final String SIP_HOST = "dns.sip-host";
    static final String LYNCDISCOVER = "dns.lyncdiscover";

    private DnsChecks() {}

    static List<Check> all() {
        return List.of(
                check(
                        FEDERATION_SRV,
                        DnsRecords.FEDERATION_SRV,
                        ERROR,
                        "_sipfederationtls._tcp SRV resolves to the Access Edge on 5061",
                        "Federation and split-domain routing find the on-premises Edge through it."),
                check(
                        CLIENT_SRV,
                        DnsRecords.CLIENT_SRV,
                        ERROR,
                        "_sip._tls SRV resolves to the Access Edge on 443",
                        "External clients of every user find their sign-in point through it."),
                check(
                        SIP_HOST,
                        DnsRecords.SIP_HOST,
                        // clients try sip.<domain> only when the SRV lookup finds nothing: a fallback, not a need
                        WARNING,
                        "sip.<domain> resolves to the Access Edge",
                        "Clients fall back to this name when they find no _sip._tls SRV record."),
                check(
                        LYNCDISCOVER,
                        DnsRecords.LYNCDISCOVER,
                        ERROR,
                        "lyncdiscover.<domain> resolves on-premises",
                        "On-premises autodiscover redirects online users; pointing it online strands on-premises users."));
    }

    private static Check check(String id, DnsRecords record, Severity severity, String title, String why) {
        return new Check(
                id,
                title,
                DNS,
                severity,
                why + " Checked for every SIP domain of the tenant.",
                "Publish " + record.prefix() + "<domain> pointing on-premises in each SIP domain's public zone.",
                // the site names its SIP domains, so DNS is judged even when sign-in or Graph fails
                List.of(),
                facts -> judge(facts, record));
    }

    /** One thing wrong with one name, and the fix for it: a record to publish, or a resolver to mend. */
    private record Problem(String text, String fix) {}

    private static Finding judge(HybridFacts facts, DnsRecords record) throws Exception {
        AccessEdge edge = new AccessEdge(facts.site().edgeAccessFqdn(), facts.accessEdgeAddresses());
        List<String> seen = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> fixes = new LinkedHashSet<>();
        SipDomains domains = facts.sipDomainsForDns();
        for (Map.Entry<String, DnsAnswer> entry : facts.dnsAnswers(record).entrySet()) {
            DnsAnswer answer = entry.getValue();
            String expected = expectedRecord(record, entry.getKey(), edge.name());
            List<Problem> found = answer.srv().isPresent()
                    ? srvProblems(record, answer.srv().get(), answer.resolutions(), edge, expected)
                    : hostProblems(record, answer.resolutions().get(0), edge, expected);
            seen.add(describe(answer));
            found.forEach(p -> {
                problems.add(answer.name() + ": " + p.text());
                fixes.add(p.fix());
            });
        }
        String scope = domains.note().map(n -> "\n" + n).orElse("");
        String judgedBy = record == DnsRecords.LYNCDISCOVER ? "" : "\n" + edge.describe();
        return problems.isEmpty()
                ? Finding.met(String.join("; ", seen) + judgedBy + scope)
                : Finding.unmet(Texts.lines(problems) + judgedBy + scope, Texts.lines(List.copyOf(fixes)));
    }

    /**
     * Each SRV target is judged by where it leads, as plan-hybrid-connectivity asks ("resolving to Access Edge
     * external IP(s)"): any name that resolves to the Access Edge's addresses is right, so every SIP domain may
     * use its own sip.&lt;domain&gt; target, which strict DNS name matching in clients wants.
     */
    private static List<Problem> srvProblems(
            DnsRecords record, SrvLookup lookup, List<Resolution> resolutions, AccessEdge edge, String expected) {
        if (lookup.targets().isEmpty()) {
            return List.of(unanswered(lookup.outcome(), "no SRV record", expected));
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lookup.targets().size(); i++) {
            SrvTarget target = lookup.targets().get(i);
            String shown = target.target() + ":" + target.port();
            Resolution resolution = resolutions.get(i);
            if (Cloud.onlineTarget(target.target())) {
                problems.add(new Problem(
                        shown + " points at Microsoft 365 while users remain on-premises", publish(expected)));
            } else if (target.port() != record.port()) {
                problems.add(new Problem(
                        shown + " uses port " + target.port() + ", not " + record.port(), publish(expected)));
            } else if (resolution.addresses().isEmpty()) {
                problems.add(unanswered(
                        resolution.outcome(),
                        target.target() + " does not resolve",
                        target.target() + ". 3600 IN A <Access Edge external IP>"));
            } else {
                edge.mismatch(target.target(), resolution).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private static List<Problem> hostProblems(
            DnsRecords record, Resolution resolution, AccessEdge edge, String expected) {
        if (resolution.aliases().stream().anyMatch(Cloud::onlineTarget)) {
            return List.of(new Problem(
                    "is an alias of " + String.join(" -> ", resolution.aliases())
                            + ", a Microsoft 365 target, while users remain on-premises",
                    publish(expected)));
        }
        if (resolution.addresses().isEmpty()) {
            return List.of(unanswered(resolution.outcome(), "does not resolve", expected));
        }
        return record == DnsRecords.SIP_HOST
                ? edge.mismatch(resolution.outcome().name(), resolution).stream()
                        .toList()
                : List.of();
    }

    /** The Access Edge's external name and the addresses public DNS gives it: what the records must lead to. */
    private record AccessEdge(String name, Resolution resolution) {
        Set<String> addresses() {
            return resolution.addresses().stream()
                    .map(InetAddress::getHostAddress)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        String describe() {
            return "Access Edge " + name + " = "
                    + (addresses().isEmpty()
                            ? "(no address: " + resolution.outcome().status() + ")"
                            : addresses());
        }

        /** Why {@code host}, which resolved, is not the Access Edge; empty when every address is the Edge's. */
        Optional<Problem> mismatch(String host, Resolution resolved) {
            if (addresses().isEmpty()) {
                // told by how the resolver ended the Edge's own question: a missing record, or a resolver to mend
                return Optional.of(unanswered(
                        resolution.outcome(),
                        "the Access Edge's own name " + name + " does not resolve, so whether " + host
                                + " leads to it is unknown",
                        name + ". 3600 IN A <Access Edge external IP>"));
            }
            List<String> elsewhere = resolved.addresses().stream()
                    .map(InetAddress::getHostAddress)
                    .filter(a -> !addresses().contains(a))
                    .toList();
            if (elsewhere.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Problem(
                    host + " resolves to " + String.join(", ", elsewhere) + ", not the Access Edge " + name + " "
                            + addresses(),
                    "Point " + host + " at the Access Edge's external address: " + host + ". 3600 IN A "
                            + addresses().iterator().next() + " (or CNAME " + name + ".)"));
        }
    }

    /**
     * Why a question got no usable answer, told by how the resolver ended it: only a name that does not exist, or
     * exists without the record, means the record is missing; the other outcomes say nothing about the zone.
     */
    private static Problem unanswered(DnsOutcome outcome, String missing, String expected) {
        String resolver = "the site's dnsResolver (or this agent's resolver)";
        return switch (outcome.status()) {
            case NXDOMAIN, NO_DATA, ANSWERED ->
                new Problem(missing + " (" + outcome.status() + ": " + outcome.detail() + ")", publish(expected));
            case SERVFAIL ->
                new Problem(
                        "the resolver answered SERVFAIL (" + outcome.detail() + "): it could not get an answer from"
                                + " the zone's servers, so whether " + outcome.name() + " exists is unknown",
                        "Find why the zone does not answer: dig +trace " + outcome.name() + " " + outcome.type()
                                + " (a lame delegation or a DNSSEC failure shows there), fix the zone's name servers"
                                + " or DS records, then run readiness again.");
            case REFUSED ->
                new Problem(
                        "the resolver refused the question (" + outcome.detail() + "), so whether " + outcome.name()
                                + " exists is unknown",
                        "Point " + resolver + " at a resolver that answers recursive questions from this agent,"
                                + " or allow this agent on it.");
            case TIMEOUT ->
                new Problem(
                        "no answer in time (" + outcome.detail() + "), so whether " + outcome.name()
                                + " exists is unknown",
                        "Check that " + resolver + " is reachable from this agent on port 53 (UDP and TCP) and"
                                + " answers within the probe's timeout; then run readiness again.");
            case ALIAS_LOOP ->
                new Problem(
                        "its CNAME records loop (" + outcome.detail() + ")",
                        "Correct the CNAME records of " + outcome.name() + " so the chain ends at a name with an"
                                + " address, e.g. " + expected);
            case FAILED ->
                new Problem(
                        "the lookup failed (" + outcome.detail() + ")",
                        "Check " + resolver + ": it must be a DNS resolver reachable from this agent.");
        };
    }

    private static String publish(String record) {
        return "Publish in the public DNS zone: " + record;
    }

    private static String describe(DnsAnswer answer) {
        if (answer.srv().isPresent()) {
            List<SrvTarget> targets = answer.srv().get().targets();
            return answer.name() + " SRV "
                    + (targets.isEmpty()
                            ? "(none)"
                            : targets.stream()
                                    .map(t -> t.target() + ":" + t.port())
                                    .collect(Collectors.joining(", ")));
        }
        Resolution resolution = answer.resolutions().get(0);
        String chain = resolution.aliases().isEmpty() ? "" : " -> " + String.join(" -> ", resolution.aliases());
        return answer.name() + chain + " = "
                + resolution.addresses().stream()
                        .map(InetAddress::getHostAddress)
                        .collect(Collectors.joining(", "));
    }

    private static String expectedRecord(DnsRecords record, String domain, String edge) {
        String name = record.prefix() + domain + ".";
        return switch (record) {
            case FEDERATION_SRV, CLIENT_SRV -> name + " 3600 IN SRV 100 1 " + record.port() + " " + edge + ".";
            case SIP_HOST ->
                Names.same(record.prefix() + domain, edge)
                        ? name + " 3600 IN A <Access Edge external IP>"
                        : name + " 3600 IN CNAME " + edge + ".";
            case LYNCDISCOVER ->
                name + " 3600 IN A <reverse proxy external IP> (or CNAME to the external web" + " services FQDN)";
        };
    }
}
