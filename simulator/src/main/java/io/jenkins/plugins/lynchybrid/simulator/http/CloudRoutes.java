package io.jenkins.plugins.lynchybrid.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends each request to the simulated service that owns its path, after the world's latency, and counts
 * requests per method and path so tests can see how many calls a client made.
 */
final class CloudRoutes implements HttpHandler {
    private final World world;
    private final TokenAuthority authority;
    private final TokenEndpoint tokens;
    private final UserRealmEndpoint realm;
    private final GraphEndpoint graph;
    private final GraphBatch batch;
    private final Throttle throttle;
    private final AdfsEndpoint adfs;
    private final StateEndpoint state;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();

    CloudRoutes(World world, String baseUrl) {
        this.world = world;
        this.authority = new TokenAuthority(world);
        this.tokens = new TokenEndpoint(world, authority);
        this.realm = new UserRealmEndpoint(world);
        this.graph = new GraphEndpoint(world, baseUrl);
        this.throttle = new Throttle(world);
        this.batch = new GraphBatch(graph, throttle);
        this.adfs = new AdfsEndpoint(world, baseUrl);
        this.state = new StateEndpoint(world);
    }

    int count(String method, String path) {
        AtomicInteger count = counts.get(method + " " + path);
        return count == null ? 0 : count.get();
    }

    /** When each request for {@code method} and raw {@code path} arrived, in System.nanoTime() order. */
    List<Long> arrivals(String method, String path) {
        List<Long> times = arrivals.get(method + " " + path);
        return times == null ? List.of() : List.copyOf(times);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            counts.computeIfAbsent(method + " " + path, k -> new AtomicInteger())
                    .incrementAndGet();
            arrivals.computeIfAbsent(method + " " + path, k -> new CopyOnWriteArrayList<>())
                    .add(System.nanoTime());
            pause();
            Reply reply;
            try {
                reply = route(exchange, method, path);
            } catch (RuntimeException e) {
                reply = Reply.graphError(500, "InternalServerError", "The simulator failed: " + e);
            }
            HttpExchanges.send(exchange, reply);
        }
    }

    private Reply route(HttpExchange exchange, String method, String path) throws IOException {
        Map<String, String> query =
                HttpExchanges.parameters(exchange.getRequestURI().getRawQuery());
        if (world.read(w -> w.faults().serviceDown()) && !onPremisesOrSimulator(path)) {
            return serviceUnavailable(path);
        }
        if (path.startsWith(GraphEndpoint.VERSION + "/")) {
            return graph(exchange, method, path.substring(GraphEndpoint.VERSION.length()), query);
        }
        if (path.startsWith(UserRealmEndpoint.PREFIX) && "GET".equals(method)) {
            return realm.realm(
                    URLDecoder.decode(path.substring(UserRealmEndpoint.PREFIX.length()), StandardCharsets.UTF_8));
        }
        if (path.endsWith(TokenEndpoint.SUFFIX) && "POST".equals(method)) {
            String tenant = path.substring(1, path.length() - TokenEndpoint.SUFFIX.length());
            return tokens.token(tenant, HttpExchanges.parameters(HttpExchanges.body(exchange)));
        }
        return switch (method + " " + path) {
            case "GET " + AdfsEndpoint.METADATA_PATH -> adfs.metadata();
            case "GET " + AdfsEndpoint.MEX_PATH -> adfs.mex();
            case "POST " + AdfsEndpoint.TRUST13_PATH -> adfs.usernameMixed(HttpExchanges.body(exchange), true);
            case "POST " + AdfsEndpoint.TRUST2005_PATH -> adfs.usernameMixed(HttpExchanges.body(exchange), false);
            case "GET " + StateEndpoint.PATH -> state.state();
            default -> Reply.graphError(404, "NotFound", "No simulated service answers " + method + " " + path + ".");
        };
    }

    /** AD FS (its metadata and WS-Trust) is the customer's own server, and the state endpoint is the simulator's. */
    private static boolean onPremisesOrSimulator(String path) {
        return path.startsWith("/adfs/") || path.equals(AdfsEndpoint.METADATA_PATH) || path.equals(StateEndpoint.PATH);
    }

    /**
     * Microsoft's side is down: Graph's documented {@code serviceNotAvailable} (HTTP 503) and the
     * token endpoint's RFC 6749 {@code temporarily_unavailable}.
     */
    private static Reply serviceUnavailable(String path) {
        if (path.endsWith(TokenEndpoint.SUFFIX)) {
            return OAuthError.of(
                    503, "temporarily_unavailable", 90033, "A transient error has occurred. Please try again.");
        }
        return Reply.graphError(503, "serviceNotAvailable", "The service is temporarily unavailable.");
    }

    private Reply graph(HttpExchange exchange, String method, String path, Map<String, String> query)
            throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        if (token == null) {
            return Reply.graphError(401, "InvalidAuthenticationToken", "Access token is empty.")
                    .withHeader("WWW-Authenticate", "Bearer");
        }
        if (authority.validAccessToken(token).isEmpty()) {
            return Reply.graphError(401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid.")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        if (throttle.now()) {
            return throttle.tooManyRequests();
        }
        if ("POST".equals(method) && "/$batch".equals(path)) {
            return batch.answer(HttpExchanges.body(exchange));
        }
        if (!"GET".equals(method)) {
            return Reply.graphError(405, "Request_BadRequest", "The simulator's Graph is read-only.");
        }
        return graph.get(path, query);
    }

    private void pause() {
        Duration latency = world.read(w -> w.faults().latency());
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
