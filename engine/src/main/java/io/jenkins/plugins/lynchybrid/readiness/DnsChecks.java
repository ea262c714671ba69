package io.jenkins.plugins.lynchybrid.readiness;

import static io.jenkins.plugins.lynchybrid.readiness.Category.DNS;
import static io.jenkins.plugins.lynchybrid.readiness.Severity.ERROR;

import io.jenkins.plugins.lynchybrid.dns.Resolution;
import io.jenkins.plugins.lynchybrid.dns.SrvLookup;
import io.jenkins.plugins.lynchybrid.dns.SrvTarget;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                        "_sipfederationtls._tcp SRV points to the Access Edge on 5061",
                        "Federation and split-domain routing find the on-premises Edge through it."),
                check(
                        CLIENT_SRV,
                        DnsRecords.CLIENT_SRV,
                        "_sip._tls SRV points to the Access Edge on 443",
                        "External clients of every user find their sign-in point through it."),
                check(
                        SIP_HOST,
                        DnsRecords.SIP_HOST,
                        "sip.<domain> resolves on-premises",
                        "Clients and partners resolve the Edge by this name."),
                check(
                        LYNCDISCOVER,
                        DnsRecords.LYNCDISCOVER,
                        "lyncdiscover.<domain> resolves on-premises",
                        "On-premises autodiscover redirects online users; pointing it online strands on-premises users."));
    }

    private static Check check(String id, DnsRecords record, String title, String why) {
        return new Check(
                id,
                title,
                DNS,
                ERROR,
                why + " Checked for every SIP domain of the tenant.",
                "Publish " + record.prefix() + "<domain> pointing on-premises in each SIP domain's public zone.",
                List.of(TenantChecks.SIGN_IN),
                facts -> judge(facts, record));
    }

    private static Finding judge(HybridFacts facts, DnsRecords record) throws Exception {
        String edge = facts.site().edgeAccessFqdn();
        List<String> seen = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        for (Map.Entry<String, DnsAnswer> entry : facts.dnsAnswers(record).entrySet()) {
            DnsAnswer answer = entry.getValue();
            Optional<String> problem = answer.srv().isPresent()
                    ? srvProblem(record, answer.srv().get(), answer.resolutions(), edge)
                    : hostProblem(record, answer.resolutions().get(0));
            seen.add(describe(answer));
            problem.ifPresent(p -> {
                problems.add(answer.name() + ": " + p);
                fixes.add(expectedRecord(record, entry.getKey(), edge));
            });
        }
        return problems.isEmpty()
                ? Finding.met(String.join("; ", seen))
                : Finding.unmet(Texts.lines(problems), "Publish in the public DNS zone:\n" + Texts.lines(fixes));
    }

    private static Optional<String> srvProblem(
            DnsRecords record, SrvLookup lookup, List<Resolution> resolutions, String edge) {
        if (lookup.targets().isEmpty()) {
            return Optional.of("no SRV record (" + lookup.outcome().status() + ": "
                    + lookup.outcome().detail() + ")");
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lookup.targets().size(); i++) {
            SrvTarget target = lookup.targets().get(i);
            String shown = target.target() + ":" + target.port();
            if (onlineTarget(record, target.target())) {
                problems.add(shown + " points at Microsoft 365 while users remain on-premises");
            } else if (!Names.same(target.target(), edge)) {
                problems.add(shown + " is not the Access Edge " + edge);
            } else if (target.port() != record.port()) {
                problems.add(shown + " uses port " + target.port() + ", not " + record.port());
            } else if (resolutions.get(i).addresses().isEmpty()) {
                problems.add(target.target() + " does not resolve ("
                        + resolutions.get(i).outcome().detail() + ")");
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
    }

    private static Optional<String> hostProblem(DnsRecords record, Resolution resolution) {
        if (resolution.aliases().stream().anyMatch(a -> onlineTarget(record, a))) {
            return Optional.of("is an alias of " + String.join(" -> ", resolution.aliases())
                    + ", a Microsoft 365 target, while users remain on-premises");
        }
        return resolution.addresses().isEmpty()
                ? Optional.of("does not resolve (" + resolution.outcome().status() + ": "
                        + resolution.outcome().detail() + ")")
                : Optional.empty();
    }

    private static boolean onlineTarget(DnsRecords record, String host) {
        String name = Names.normalise(host);
        return name.equals(record.onlineTarget()) || name.endsWith(".online.lync.com");
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
