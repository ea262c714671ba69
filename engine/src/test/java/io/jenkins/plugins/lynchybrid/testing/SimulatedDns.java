package io.jenkins.plugins.lynchybrid.testing;

import io.jenkins.plugins.lynchybrid.simulator.dns.DnsServer;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/** The simulated hybrid's public DNS on 127.0.0.1, for tests that resolve through a real resolver socket. */
public final class SimulatedDns implements AutoCloseable {
    private final World world;
    private final DnsServer server;

    private SimulatedDns(World world, DnsServer server) {
        this.world = world;
        this.server = server;
    }

    /** Serves {@code world}'s zone; changes the test makes to the world show in the next answer. */
    public static SimulatedDns start(World world) {
        try {
            return new SimulatedDns(world, DnsServer.start(world));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulated DNS server", e);
        }
    }

    /** The resolver address to put in {@code HybridSite.dnsResolver()}. */
    public InetSocketAddress address() {
        return server.address();
    }

    public World world() {
        return world;
    }

    @Override
    public void close() {
        server.close();
    }
}
