package io.jenkins.plugins.lynchybrid.simulator.http;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The Microsoft cloud and the AD FS of the simulated hybrid on one loopback HTTPS port: Entra ID's user realm
 * and token endpoints, Graph v1.0, AD FS metadata/MEX/WS-Trust, and the simulator's state. A CA made once per JVM
 * ({@link SharedKeys})
 * issues the server certificate (SANs 127.0.0.1 and localhost); clients trust it through {@link #writeTrustStore}.
 */
public final class CloudServer implements AutoCloseable {
    private static final int THREADS = 32;

    private final HttpsServer server;
    private final ExecutorService executor;
    private final CloudRoutes routes;
    private final String baseUrl;

    private CloudServer(World world) throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setHttpsConfigurator(new HttpsConfigurator(Pki.serverContext(SharedKeys.TLS)));
        baseUrl = "https://127.0.0.1:" + server.getAddress().getPort();
        world.change(w -> w.federationEndpointsAt(baseUrl));
        routes = new CloudRoutes(world, baseUrl);
        server.createContext("/", routes);
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "simulated-cloud");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
    }

    /** Starts the cloud of {@code world} on 127.0.0.1 at a free port. */
    public static CloudServer start(World world) {
        try {
            return new CloudServer(world);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulated cloud on 127.0.0.1", e);
        }
    }

    /** {@code https://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public X509Certificate caCertificate() {
        return SharedKeys.CA.certificate();
    }

    /** Writes a PKCS12 trust store holding only this server's CA, protected (for integrity) by {@code password}. */
    public Path writeTrustStore(Path file, char[] password) {
        return Pki.writeTrustStore(file, password, List.of(caCertificate()));
    }

    /** The CA with its key, so other simulated endpoints (the Access Edge) chain to the same trust anchor. */
    public Pki.Issued certificateAuthority() {
        return SharedKeys.CA;
    }

    /** How many requests arrived for {@code method} and raw {@code path} (no query), e.g. POST /v1.0/$batch. */
    public int requestCount(String method, String path) {
        return routes.count(method, path);
    }

    /**
     * The gaps between successive requests for {@code method} and raw {@code path}, in arrival order: how long a
     * client waited before each retry.
     */
    public java.util.List<java.time.Duration> gapsBetween(String method, String path) {
        java.util.List<Long> times = routes.arrivals(method, path);
        java.util.List<java.time.Duration> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(java.time.Duration.ofNanos(times.get(i) - times.get(i - 1)));
        }
        return gaps;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
