package io.jenkins.plugins.lynchybrid.graph;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.auth.ConnectionSettings;
import io.jenkins.plugins.lynchybrid.auth.TokenSource;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The tenant through Microsoft Graph v1.0 over the JDK HttpClient. Collections are streamed page by page
 * along {@code @odata.nextLink}; user look-ups go in {@code $batch} requests of 20 {@code $filter}s of up to 15
 * users each ({@link UserBatches}); throttling and token
 * expiry are handled by {@link GraphHttp}. Close it to release its HTTP threads.
 */
public final class GraphClient implements TenantDirectory, AutoCloseable {
    /** Graph's largest page for users. */
    public static final int MAX_PAGE_SIZE = 999;

    private final String base;
    private final URI endpoint;
    private final List<String> allowedHosts;
    private final int pageSize;
    /** Batches in flight at once: enough to overlap Retry-After waits, few enough to stay polite. */
    private static final int PARALLEL_BATCHES = 4;

    private final ExecutorService executor;
    private final ExecutorService batchExecutor;
    private final GraphHttp http;
    private final TokenSource tokens;
    private final UserBatches batches;

    public GraphClient(Cloud cloud, TokenSource tokens, ConnectionSettings connection) {
        this(cloud, tokens, connection, RetryPolicy.DEFAULT, MAX_PAGE_SIZE);
    }

    /** @param pageSize users per page ({@code $top}), 1 to 999 */
    public GraphClient(
            Cloud cloud, TokenSource tokens, ConnectionSettings connection, RetryPolicy retry, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + pageSize + " is outside 1.." + MAX_PAGE_SIZE);
        }
        String endpoint = cloud.graphEndpoint().toString();
        this.base = (endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint) + "/v1.0";
        this.endpoint = cloud.graphEndpoint();
        this.allowedHosts = cloud.graphAllowedHosts();
        this.pageSize = pageSize;
        this.executor = daemonPool(2, "graph-http");
        this.http = new GraphHttp(connection.httpClient(executor), tokens, retry, connection.requestTimeout());
        this.tokens = tokens;
        this.batchExecutor = daemonPool(PARALLEL_BATCHES, "graph-batch");
        this.batches = new UserBatches(http, url("/$batch"), batchExecutor, pageSize, this::forEachNextPage);
    }

    private static ExecutorService daemonPool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private URI url(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    /**
     * GET {@code pathAndQuery} below /v1.0 (already encoded, e.g. {@code /domains/contoso.com}); the JSON
     * answer, or empty on 404. Other failures throw {@link TenantException}.
     */
    public Optional<JsonNode> getJson(String pathAndQuery) {
        GraphResponse response = http.get(url(pathAndQuery));
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (!response.ok()) {
            throw new TenantException(response.url(), response.status(), response.errorText(), null);
        }
        return Optional.of(response.body());
    }

    private JsonNode required(String pathAndQuery) {
        return getJson(pathAndQuery).orElseThrow(() -> new TenantException(url(pathAndQuery), 404, "not found", null));
    }

    /** Signs in now (a cached token costs nothing), so the first look-up does not wait for it. */
    @Override
    public void signIn() {
        tokens.accessToken();
    }

    @Override
    public Organization organization() {
        JsonNode value = required(
                        "/organization?$select=id,displayName,onPremisesSyncEnabled,onPremisesLastSyncDateTime")
                .path("value");
        if (value.isEmpty()) {
            throw new TenantException(url("/organization"), 200, "the tenant returned no organization", null);
        }
        return GraphJson.organization(value.get(0));
    }

    @Override
    public List<Domain> domains() {
        List<Domain> domains = new ArrayList<>();
        forEachPage(url("/domains"), page -> page.forEach(d -> domains.add(GraphJson.domain(d))));
        return domains;
    }

    @Override
    public Optional<Domain> domain(String id) {
        return getJson("/domains/" + GraphUrls.segment(id)).map(GraphJson::domain);
    }

    @Override
    public Optional<FederationConfiguration> federationConfiguration(String domainId) {
        return getJson("/domains/" + GraphUrls.segment(domainId) + "/federationConfiguration")
                .flatMap(GraphJson::federationObject)
                .map(GraphJson::federation);
    }

    @Override
    public void forEachUserPage(String filter, Consumer<List<GraphUser>> page) {
        String query = "/users?$select=" + GraphJson.USER_SELECT + "&$top=" + pageSize
                + (filter == null || filter.isBlank() ? "" : "&$filter=" + GraphUrls.query(filter));
        forEachPage(url(query), values -> {
            List<GraphUser> users = new ArrayList<>();
            values.forEach(u -> users.add(GraphJson.user(u)));
            page.accept(users);
        });
    }

    private void forEachPage(URI first, Consumer<JsonNode> values) {
        JsonNode page = page(first);
        values.accept(page.path("value"));
        forEachNextPage(page, values);
    }

    /**
     * Follows {@code page}'s {@code @odata.nextLink} as given (Graph's paging guidance: never rebuild it), refusing
     * a link to another origin unless the site allows its host: a token is sent with it.
     */
    private void forEachNextPage(JsonNode page, Consumer<JsonNode> values) {
        Optional<URI> next = nextLink(page);
        while (next.isPresent()) {
            JsonNode body = page(next.get());
            values.accept(body.path("value"));
            next = nextLink(body);
        }
    }

    private JsonNode page(URI url) {
        GraphResponse response = http.get(url);
        if (!response.ok()) {
            throw new TenantException(url, response.status(), response.errorText(), null);
        }
        return response.body();
    }

    private Optional<URI> nextLink(JsonNode page) {
        Optional<URI> next = GraphHttp.text(page, "@odata.nextLink").map(URI::create);
        if (next.isPresent() && !followable(next.get())) {
            URI link = next.get();
            throw new TenantException(
                    link,
                    0,
                    "paging stopped: @odata.nextLink leads to " + link.getScheme() + "://" + link.getAuthority()
                            + ", not the Graph endpoint " + endpoint + ", and the bearer token is not sent to"
                            + " another origin. If a gateway rewrites Graph's links, name its host in the site's"
                            + " graphAllowedHosts",
                    null);
        }
        return next;
    }

    private boolean followable(URI next) {
        if (!next.isAbsolute() || next.getHost() == null) {
            return false;
        }
        String host = next.getHost().toLowerCase(Locale.ROOT);
        boolean sameOrigin = next.getScheme().equalsIgnoreCase(endpoint.getScheme())
                && host.equalsIgnoreCase(endpoint.getHost())
                && port(next) == port(endpoint);
        // an allowed host never downgrades the scheme: the link must be as secure as the endpoint
        return sameOrigin || (next.getScheme().equalsIgnoreCase(endpoint.getScheme()) && allowedHosts.contains(host));
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    @Override
    public Map<String, UserLookup> users(Collection<String> userPrincipalNames) {
        return batches.lookUp(userPrincipalNames);
    }

    @Override
    public void close() {
        for (ExecutorService pool : List.of(batchExecutor, executor)) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
