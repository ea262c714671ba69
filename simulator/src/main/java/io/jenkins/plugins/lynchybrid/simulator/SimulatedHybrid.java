package io.jenkins.plugins.lynchybrid.simulator;

import io.jenkins.plugins.lynchybrid.simulator.dns.DnsServer;
import io.jenkins.plugins.lynchybrid.simulator.edge.EdgeTlsListener;
import io.jenkins.plugins.lynchybrid.simulator.http.CloudServer;
import io.jenkins.plugins.lynchybrid.simulator.shell.ShellBridge;
import io.jenkins.plugins.lynchybrid.simulator.shell.ShellService;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole simulated contoso.com hybrid on 127.0.0.1: one {@link World} behind the cloud (HTTPS), public DNS
 * (UDP), the Access Edge's TLS port and the shell bridge that host processes relay cmdlets through. One CA issues
 * every certificate, so one trust store covers them all.
 */
public final class SimulatedHybrid implements AutoCloseable {
    private final World world;
    private final CloudServer cloud;
    private final DnsServer dns;
    private final EdgeTlsListener edge;
    private final ShellBridge shell;

    private SimulatedHybrid(World world) throws IOException {
        this.world = world;
        this.cloud = CloudServer.start(world);
        this.dns = DnsServer.start(world);
        this.edge = EdgeTlsListener.start(world, cloud.certificateAuthority());
        this.shell = new ShellBridge(world, new ShellService(world));
    }

    /** Starts a Lync Server 2013 hybrid of {@code users} users in {@code scenario}, with {@code faults} in force. */
    public static SimulatedHybrid start(Scenario scenario, int users, char[] adminPassword, Faults faults) {
        return start(ServerProduct.LYNC_2013, scenario, users, adminPassword, faults);
    }

    /** Starts a hybrid whose on-premises servers run {@code product}, with that product's cmdlet surface. */
    public static SimulatedHybrid start(
            ServerProduct product, Scenario scenario, int users, char[] adminPassword, Faults faults) {
        World world = new World(users, adminPassword);
        world.change(w -> w.install(product));
        scenario.apply(world);
        world.change(w -> w.faults(faults));
        try {
            return new SimulatedHybrid(world);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulated hybrid on 127.0.0.1", e);
        }
    }

    public World world() {
        return world;
    }

    /** {@code https://127.0.0.1:PORT}: token endpoint, Graph under /v1.0, AD FS, and /_simulator/state. */
    public String cloudBaseUrl() {
        return cloud.baseUrl();
    }

    public CloudServer cloud() {
        return cloud;
    }

    public InetSocketAddress dnsAddress() {
        return dns.address();
    }

    public InetSocketAddress edgeAddress() {
        return edge.address();
    }

    /** The command that starts a shell host process acting on this world, with this JVM and its classpath. */
    public List<String> shellHostCommand() {
        return shell.hostCommand();
    }

    /** Writes a PKCS12 trust store with the simulator's CA, which issued the cloud's and the Edge's certificates. */
    public Path writeTrustStore(Path file, char[] password) {
        return Pki.writeTrustStore(file, password, List.of(cloud.caCertificate()));
    }

    @Override
    public void close() {
        world.releaseHeldMoves();
        shell.close();
        edge.close();
        dns.close();
        cloud.close();
    }
}
