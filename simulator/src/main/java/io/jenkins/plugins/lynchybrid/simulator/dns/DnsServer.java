package io.jenkins.plugins.lynchybrid.simulator.dns;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;

/**
 * The hybrid's public DNS as a resolver on 127.0.0.1 (UDP, dnsjava's wire format), answering from
 * {@link World#dnsZone()} as it stands at each query, so a scenario applied at run time shows at once.
 */
public final class DnsServer implements AutoCloseable {
    private static final int WORKERS = 2;
    /** RFC 1035's limit for a client that does not announce a larger buffer with EDNS. */
    private static final int CLASSIC_UDP_SIZE = 512;

    private static final int MAX_DATAGRAM = 65_535;

    private final DatagramSocket socket;
    private final ZoneAnswerer answerer;
    private final ExecutorService workers;

    private DnsServer(DatagramSocket socket, ZoneAnswerer answerer) {
        this.socket = socket;
        this.answerer = answerer;
        this.workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread thread = new Thread(r, "simulated-dns-" + socket.getLocalPort());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Binds a free UDP port on 127.0.0.1 and starts answering. */
    public static DnsServer start(World world) throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        DnsServer server = new DnsServer(socket, new ZoneAnswerer(world));
        for (int i = 0; i < WORKERS; i++) {
            server.workers.execute(server::serve);
        }
        return server;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void serve() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                Optional<byte[]> reply = reply(Arrays.copyOf(packet.getData(), packet.getLength()));
                if (reply.isPresent()) {
                    send(reply.get(), packet.getSocketAddress());
                }
            } catch (IOException e) {
                // closing the socket ends the loop; any other receive failure concerns one datagram only
            }
        }
    }

    private void send(byte[] reply, SocketAddress client) throws IOException {
        socket.send(new DatagramPacket(reply, reply.length, client));
    }

    private Optional<byte[]> reply(byte[] datagram) {
        Message query;
        try {
            query = new Message(datagram);
        } catch (IOException e) {
            // a datagram that is not a DNS message gets no answer, as from a real server
            return Optional.empty();
        }
        return Optional.of(answerer.answer(query).toWire(bufferSize(query)));
    }

    private static int bufferSize(Message query) {
        OPTRecord opt = query.getOPT();
        return opt == null ? CLASSIC_UDP_SIZE : Math.max(CLASSIC_UDP_SIZE, opt.getPayloadSize());
    }

    @Override
    public void close() {
        socket.close();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
