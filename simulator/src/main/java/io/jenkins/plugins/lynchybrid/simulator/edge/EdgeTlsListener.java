package io.jenkins.plugins.lynchybrid.simulator.edge;

import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;

/**
 * The Access Edge's external TLS port (5061 in production) on 127.0.0.1: it presents the Edge certificate
 * the World describes, completes the handshake and hangs up. SIP itself is not spoken; the probes only look
 * at the certificate.
 */
public final class EdgeTlsListener implements AutoCloseable {
    private static final int WORKERS = 2;
    /** Bounds how long a client that connects and then stalls can hold a worker. */
    private static final int HANDSHAKE_TIMEOUT_MILLIS = 5_000;

    private final ServerSocket server;
    private final EdgeIdentity identity;
    private final ExecutorService workers;

    private EdgeTlsListener(ServerSocket server, EdgeIdentity identity) {
        this.server = server;
        this.identity = identity;
        this.workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread thread = new Thread(r, "simulated-edge-" + server.getLocalPort());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Binds a free TCP port on 127.0.0.1 and starts accepting.
     *
     * @param ca the simulator's CA, which issues the Edge certificate
     */
    public static EdgeTlsListener start(World world, Pki.Issued ca) throws IOException {
        EdgeIdentity identity = new EdgeIdentity(world, ca);
        identity.context();
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        EdgeTlsListener listener = new EdgeTlsListener(server, identity);
        for (int i = 0; i < WORKERS; i++) {
            listener.workers.execute(listener::serve);
        }
        return listener;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket connection = server.accept()) {
                handshake(connection);
            } catch (IOException e) {
                // closing the server ends the loop; any other failure concerns one connection only
            }
        }
    }

    private void handshake(Socket connection) throws IOException {
        connection.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
        try (SSLSocket tls = (SSLSocket)
                identity.context().getSocketFactory().createSocket(connection, null, connection.getPort(), true)) {
            tls.setUseClientMode(false);
            tls.startHandshake();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the simulated Edge listener on " + address(), e);
        } finally {
            stopWorkers();
        }
    }

    private void stopWorkers() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(HANDSHAKE_TIMEOUT_MILLIS * 2L, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
