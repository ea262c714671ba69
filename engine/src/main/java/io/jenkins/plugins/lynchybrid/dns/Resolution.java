package io.jenkins.plugins.lynchybrid.dns;

import java.net.InetAddress;
import java.util.List;

/**
 * A name resolved to addresses.
 *
 * @param aliases the CNAME chain followed from the asked name, each target in order (lower case, no trailing
 *     dot); empty when the name has addresses itself
 * @param addresses the IPv4 then IPv6 addresses of the last name in the chain
 */
public record Resolution(DnsOutcome outcome, List<String> aliases, List<InetAddress> addresses) {
    public Resolution {
        aliases = List.copyOf(aliases);
        addresses = List.copyOf(addresses);
    }

    /** The name that holds the addresses: the end of the alias chain, or the asked name. */
    public String canonicalName() {
        return aliases.isEmpty() ? outcome.name() : aliases.get(aliases.size() - 1);
    }
}
