package io.jenkins.plugins.lynchybrid.simulator.world;

/** One record of the simulated public zone. */
public record DnsRecord(String name, String type, String target, int port, int priority, int weight, String address) {
    public static DnsRecord srv(String name, String target, int port) {
        return new DnsRecord(name, "SRV", target, port, 100, 1, null);
    }

    public static DnsRecord cname(String name, String target) {
        return new DnsRecord(name, "CNAME", target, 0, 0, 0, null);
    }

    public static DnsRecord a(String name, String address) {
        return new DnsRecord(name, "A", null, 0, 0, 0, address);
    }
}
