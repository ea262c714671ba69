package io.jenkins.plugins.lynchybrid.dns;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Looks up the hybrid's public DNS records through one resolver: the site's, or the system's first name
 * server. Every question has a timeout and a bounded number of attempts; failures come back as a
 * {@link DnsStatus}, never as an exception.
 */
public final class DnsProbe {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    public static final int DEFAULT_ATTEMPTS = 2;
    private static final int MAX_ATTEMPTS = 5;
    private static final Comparator<SrvTarget> PREFERENCE = Comparator.comparingInt(SrvTarget::priority)
            .thenComparing(Comparator.comparingInt(SrvTarget::weight).reversed());

    private final ResolverClient client;

    /**
     * @param resolver the resolver to ask, resolved now if given unresolved; empty means the system's first
     *     configured name server
     * @throws ConfigurationException when the resolver's host name cannot be resolved
     * @param timeout how long to wait for each reply
     * @param attempts how many times a question is sent before the probe reports a timeout (1 to 5)
     */
    public DnsProbe(Optional<InetSocketAddress> resolver, Duration timeout, int attempts) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("DNS timeout " + timeout + " is not positive");
        }
        if (attempts < 1 || attempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("DNS attempts " + attempts + " is outside 1.." + MAX_ATTEMPTS);
        }
        this.client = new ResolverClient(
                resolver.map(DnsProbe::resolved).map(SimpleResolver::new).orElseGet(DnsProbe::system),
                timeout,
                attempts);
    }

    /** A probe asking the site's resolver with the default timeout and attempts. */
    public static DnsProbe forSite(HybridSite site) {
        return new DnsProbe(site.dnsResolver(), DEFAULT_TIMEOUT, DEFAULT_ATTEMPTS);
    }

    /** Site files name the resolver as host:port without resolving it; the probe needs its address. */
    private static InetSocketAddress resolved(InetSocketAddress resolver) {
        if (!resolver.isUnresolved()) {
            return resolver;
        }
        InetSocketAddress address = new InetSocketAddress(resolver.getHostString(), resolver.getPort());
        if (address.isUnresolved()) {
            throw new ConfigurationException("dnsResolver '" + resolver.getHostString() + ":" + resolver.getPort()
                    + "' names a host that cannot be resolved; give the resolver's IP address");
        }
        return address;
    }

    private static SimpleResolver system() {
        try {
            return new SimpleResolver();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("the system's name server cannot be determined", e);
        }
    }

    /** The SRV records of {@code name}, e.g. {@code _sipfederationtls._tcp.contoso.com}. */
    public SrvLookup srv(String name) {
        Answer answer = client.ask(name, Type.SRV);
        List<SrvTarget> targets = answer.records().stream()
                .map(SRVRecord.class::cast)
                .map(r ->
                        new SrvTarget(r.getPriority(), r.getWeight(), r.getPort(), ResolverClient.text(r.getTarget())))
                .sorted(PREFERENCE)
                .toList();
        return new SrvLookup(answer.outcome(), targets);
    }

    /** The IPv4 and IPv6 addresses of {@code name}, following its CNAME chain. */
    public Resolution addresses(String name) {
        Answer v4 = client.ask(name, Type.A);
        DnsStatus v4Status = v4.outcome().status();
        if (v4Status != DnsStatus.ANSWERED && v4Status != DnsStatus.NO_DATA) {
            return new Resolution(v4.outcome(), v4.aliases(), List.of());
        }
        Answer v6 = client.ask(name, Type.AAAA);
        List<InetAddress> addresses = Stream.concat(
                        v4.records().stream().map(r -> ((ARecord) r).getAddress()),
                        v6.records().stream().map(r -> ((AAAARecord) r).getAddress()))
                .toList();
        DnsOutcome outcome = v4.outcome().answered() ? v4.outcome() : v6.outcome();
        if (!outcome.answered() && v6.outcome().status() == DnsStatus.NO_DATA) {
            // neither family: say so, rather than blaming the AAAA question alone
            outcome = new DnsOutcome(
                    name,
                    "A/AAAA",
                    DnsStatus.NO_DATA,
                    v4.outcome().detail().replace("no A record", "no A or AAAA record"));
        }
        return new Resolution(outcome, v4.aliases(), addresses);
    }

    /** The target of {@code name} if it is an alias. */
    public CnameLookup cname(String name) {
        Answer answer = client.ask(name, Type.CNAME);
        Optional<String> target = answer.records().stream()
                .map(r -> ResolverClient.text(((CNAMERecord) r).getTarget()))
                .findFirst();
        return new CnameLookup(answer.outcome(), target);
    }
}
