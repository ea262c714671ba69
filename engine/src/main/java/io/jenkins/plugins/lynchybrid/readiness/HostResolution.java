package io.jenkins.plugins.lynchybrid.readiness;

import java.util.List;

/**
 * How a host name resolved: the CNAME chain followed (without the name itself) and the addresses at its end.
 * No addresses means the name does not resolve.
 */
public record HostResolution(String name, List<String> aliases, List<String> addresses) {
    public HostResolution {
        aliases = List.copyOf(aliases);
        addresses = List.copyOf(addresses);
    }

    public boolean resolves() {
        return !addresses.isEmpty();
    }

    /** Whether the name is, or is an alias of, {@code host}. */
    public boolean reaches(String host) {
        String wanted = Names.normalise(host);
        return Names.normalise(name).equals(wanted)
                || aliases.stream().map(Names::normalise).anyMatch(wanted::equals);
    }

    @Override
    public String toString() {
        String chain = aliases.isEmpty() ? "" : " -> " + String.join(" -> ", aliases);
        return name + chain + (resolves() ? " = " + String.join(", ", addresses) : " (does not resolve)");
    }
}
