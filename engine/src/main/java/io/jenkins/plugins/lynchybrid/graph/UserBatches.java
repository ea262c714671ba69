package io.jenkins.plugins.lynchybrid.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Looks users up with {@code POST /v1.0/$batch}, 20 requests per batch, several batches at a time. Each request
 * asks for up to 15 users at once, {@code GET /users?$filter=userPrincipalName in ('a','b',...)}: the user
 * resource documents {@code in} on userPrincipalName without advanced query headers
 * (api-reference/v1.0/resources/user.md, "Supports $filter (eq, ne, not, ge, le, in, startsWith, endsWith)"), and
 * Graph's known issues limit {@code in} to 15 expressions by default (learn.microsoft.com/graph/known-issues,
 * "Some limitations apply to query parameters"). A key that is no UPN (an object id) is read alone with
 * {@code GET /users/{id}}. Graph evaluates batch items one by one, so throttled items (429/503/504) are sent
 * again, alone, after the longest Retry-After among them; a filter's further pages are followed.
 */
final class UserBatches {
    static final int MAX_PER_BATCH = 20;
    /** Graph's default limit on the expressions of an {@code in} filter (known issues, query parameters). */
    static final int MAX_IN_VALUES = 15;
    /** Graph's limit on a value an {@code eq} filter matches (known issues); longer keys are read alone. */
    static final int MAX_FILTER_VALUE = 120;

    /** One request of a batch: a filter for several UPNs, or a single user's resource. */
    private record Request(List<String> keys, boolean filter) {}

    private final GraphHttp http;
    private final URI batchUrl;
    private final Executor executor;
    private final int pageSize;
    private final BiConsumer<JsonNode, Consumer<JsonNode>> nextPages;

    /**
     * @param executor runs batches side by side; its size bounds how many are in flight
     * @param pageSize {@code $top} of a filter request
     * @param nextPages follows a page's {@code @odata.nextLink}, giving each further page's {@code value}
     */
    UserBatches(
            GraphHttp http,
            URI batchUrl,
            Executor executor,
            int pageSize,
            BiConsumer<JsonNode, Consumer<JsonNode>> nextPages) {
        this.http = http;
        this.batchUrl = batchUrl;
        this.executor = executor;
        this.pageSize = pageSize;
        this.nextPages = nextPages;
    }

    Map<String, UserLookup> lookUp(Collection<String> keys) {
        List<Request> requests = requests(new ArrayList<>(new LinkedHashSet<>(keys)));
        List<CompletableFuture<Map<String, UserLookup>>> batches = new ArrayList<>();
        for (int from = 0; from < requests.size(); from += MAX_PER_BATCH) {
            List<Request> batch = requests.subList(from, Math.min(requests.size(), from + MAX_PER_BATCH));
            batches.add(CompletableFuture.supplyAsync(() -> lookUpBatch(batch), executor));
        }
        Map<String, UserLookup> answers = new HashMap<>();
        try {
            for (CompletableFuture<Map<String, UserLookup>> batch : batches) {
                answers.putAll(batch.join());
            }
        } catch (CompletionException e) {
            batches.forEach(b -> b.cancel(true));
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Map<String, UserLookup> ordered = new LinkedHashMap<>();
        new LinkedHashSet<>(keys).forEach(k -> ordered.put(k, answers.get(k)));
        return ordered;
    }

    private static List<Request> requests(List<String> keys) {
        List<Request> requests = new ArrayList<>();
        List<String> upns = keys.stream().filter(UserBatches::filterable).toList();
        for (int from = 0; from < upns.size(); from += MAX_IN_VALUES) {
            requests.add(new Request(upns.subList(from, Math.min(upns.size(), from + MAX_IN_VALUES)), true));
        }
        keys.stream().filter(k -> !filterable(k)).forEach(k -> requests.add(new Request(List.of(k), false)));
        return requests;
    }

    /** A UPN (alias@domain) short enough for a filter value; anything else is read by its resource path. */
    private static boolean filterable(String key) {
        return key.indexOf('@') > 0 && key.length() <= MAX_FILTER_VALUE;
    }

    private Map<String, UserLookup> lookUpBatch(List<Request> requests) {
        Map<String, UserLookup> answers = new LinkedHashMap<>();
        List<Request> pending = requests;
        RetryPolicy retry = http.retry();
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            GraphResponse response = http.post(batchUrl, body(pending));
            if (!response.ok()) {
                throw new TenantException(batchUrl, response.status(), response.errorText(), null);
            }
            List<Request> again = new ArrayList<>();
            Optional<Duration> wait = Optional.empty();
            for (JsonNode item : response.body().path("responses")) {
                int index = item.path("id").asInt(-1);
                if (index < 0 || index >= pending.size()) {
                    continue;
                }
                Request request = pending.get(index);
                int status = item.path("status").asInt();
                if (RetryPolicy.retryable(status) && attempt < retry.maxAttempts()) {
                    again.add(request);
                    wait = longer(wait, RetryPolicy.retryAfter(GraphHttp.text(item.path("headers"), "Retry-After")));
                } else {
                    answers.putAll(answer(request, status, item.path("body")));
                }
            }
            pending.stream()
                    .filter(r -> !again.contains(r))
                    .flatMap(r -> r.keys().stream())
                    .filter(k -> !answers.containsKey(k))
                    .forEach(k -> answers.put(k, UserLookup.failed(k, 0, "the batch answer has no item for it")));
            if (!again.isEmpty()) {
                GraphHttp.pause(retry.delay(attempt, wait), batchUrl);
            }
            pending = again;
        }
        return answers;
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }

    private Map<String, UserLookup> answer(Request request, int status, JsonNode body) {
        if (!request.filter()) {
            String key = request.keys().get(0);
            return Map.of(key, lookup(key, status, body));
        }
        Map<String, UserLookup> answers = new LinkedHashMap<>();
        if (status != 200) {
            request.keys().forEach(k -> answers.put(k, failed(k, status, body)));
            return answers;
        }
        Map<String, GraphUser> byUpn = new HashMap<>();
        List<JsonNode> strangers = new ArrayList<>();
        Consumer<JsonNode> page = values -> {
            if (!values.isArray()) {
                strangers.add(values);
            }
            values.forEach(u -> {
                if (GraphJson.isUser(u)) {
                    GraphUser user = GraphJson.user(u);
                    byUpn.put(user.userPrincipalName().toLowerCase(Locale.ROOT), user);
                } else {
                    strangers.add(u);
                }
            });
        };
        try {
            page.accept(body.path("value"));
            nextPages.accept(body, page);
        } catch (TenantException e) {
            request.keys().forEach(k -> answers.put(k, UserLookup.failed(k, e.status(), e.getMessage())));
            return answers;
        }
        if (!strangers.isEmpty()) {
            // whoever that entry is, a requested user missing beside it cannot be called "not found"
            request.keys()
                    .forEach(k -> answers.put(
                            k,
                            UserLookup.failed(
                                    k,
                                    200,
                                    "the filter's answer holds what is not a user (no id or userPrincipalName): "
                                            + abbreviated(strangers.get(0)))));
            return answers;
        }
        // Graph compares UPNs without regard to case; a UPN the filter does not return is no user of the tenant,
        // exactly what a 404 for GET /users/{upn} says
        for (String key : request.keys()) {
            GraphUser user = byUpn.get(key.toLowerCase(Locale.ROOT));
            answers.put(key, user == null ? UserLookup.notFound(key) : UserLookup.found(key, user));
        }
        return answers;
    }

    private static UserLookup lookup(String key, int status, JsonNode body) {
        if (status == 200) {
            return GraphJson.isUser(body)
                    ? UserLookup.found(key, GraphJson.user(body))
                    : UserLookup.failed(
                            key,
                            200,
                            "the batch answer for it is not a user (no id or userPrincipalName): " + abbreviated(body));
        }
        if (status == 404) {
            return UserLookup.notFound(key);
        }
        return failed(key, status, body);
    }

    private static UserLookup failed(String key, int status, JsonNode body) {
        JsonNode error = body.path("error");
        return UserLookup.failed(
                key,
                status,
                error.path("code").asText("HTTP " + status) + ": "
                        + error.path("message").asText(""));
    }

    private static String abbreviated(JsonNode body) {
        String text = body.isMissingNode() ? "(no body)" : body.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    /** Item ids are the requests' positions, so any key (quotes, #, unicode) round-trips safely. */
    private String body(List<Request> requests) {
        ObjectNode root = GraphHttp.JSON.createObjectNode();
        ArrayNode items = root.putArray("requests");
        for (int i = 0; i < requests.size(); i++) {
            items.addObject()
                    .put("id", Integer.toString(i))
                    .put("method", "GET")
                    .put("url", url(requests.get(i)));
        }
        return root.toString();
    }

    private String url(Request request) {
        if (!request.filter()) {
            return "/users/" + GraphUrls.segment(request.keys().get(0)) + "?$select=" + GraphJson.USER_SELECT;
        }
        return "/users?$filter=" + GraphUrls.query(ODataFilter.in("userPrincipalName", request.keys())) + "&$select="
                + GraphJson.USER_SELECT + "&$top=" + pageSize;
    }
}
