package io.jenkins.plugins.lynchybrid.testing;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.lynchybrid.auth.ConnectionSettings;
import io.jenkins.plugins.lynchybrid.auth.TokenSource;
import io.jenkins.plugins.lynchybrid.graph.GraphClient;
import io.jenkins.plugins.lynchybrid.graph.RetryPolicy;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on loopback that knows nothing of Graph: it answers each path with the JSON a test gives it,
 * copied from Microsoft's documented examples, so the engine's Graph client is tried against payloads our
 * simulator did not write. Unknown paths get 404.
 */
public final class DocumentedGraph implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final String host;

    private DocumentedGraph(String host) {
        this.host = host;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                String key = exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath();
                requests.add(key);
                String body = answers.get(key);
                byte[] bytes = (body == null ? "{\"error\":{\"code\":\"NotFound\",\"message\":\"\"}}" : body)
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
    }

    /** A server reached as {@code http://127.0.0.1:<port>}. */
    public static DocumentedGraph start() {
        return new DocumentedGraph("127.0.0.1");
    }

    /** A server reached by the loopback name {@code localhost}: another origin than {@link #start()}'s. */
    public static DocumentedGraph startAsLocalhost() {
        return new DocumentedGraph("localhost");
    }

    /** Answers {@code method path} (raw path, no query) with {@code json} and status 200. */
    public DocumentedGraph answer(String method, String path, String json) {
        answers.put(method + " " + path, json);
        return this;
    }

    public String baseUrl() {
        return "http://" + host + ":" + server.getAddress().getPort();
    }

    /** Every request as {@code METHOD /raw/path}, in arrival order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public Cloud cloud(List<String> allowedHosts) {
        URI base = URI.create(baseUrl() + "/");
        return new Cloud(
                        "documented",
                        base,
                        base,
                        Cloud.WORLDWIDE.hostingProviderFqdn(),
                        Cloud.WORLDWIDE.autodiscoverUrl())
                .withGraph("https://graph.microsoft.com", allowedHosts);
    }

    /** A Graph client for this server; the server does not read tokens, so any token does. */
    public GraphClient graph(List<String> allowedHosts) {
        TokenSource anyToken = new TokenSource() {
            @Override
            public String accessToken() {
                return "documented-example";
            }

            @Override
            public String refreshedAccessToken() {
                return "documented-example";
            }
        };
        return new GraphClient(
                cloud(allowedHosts),
                anyToken,
                new ConnectionSettings(
                        Optional.empty(), Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(10)),
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(50)),
                GraphClient.MAX_PAGE_SIZE);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
