package io.jenkins.plugins.lynchybrid.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Looks users up with {@code POST /v1.0/$batch}, 20 per request, several requests at a time. Graph evaluates batch items one by one, so
 * throttled items (429/503/504) are sent again, alone, after the longest Retry-After among them.
 */
final class UserBatches {
    static final int MAX_PER_BATCH = 20;

    private final GraphHttp http;
    private final URI batchUrl;
    private final Executor executor;

    /** @param executor runs batches side by side; its size bounds how many are in flight */
    UserBatches(GraphHttp http, URI batchUrl, Executor executor) {
        this.http = http;
        this.batchUrl = batchUrl;
        this.executor = executor;
    }

    Map<String, UserLookup> lookUp(Collection<String> keys) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(keys));
        List<CompletableFuture<Map<String, UserLookup>>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_PER_BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + MAX_PER_BATCH));
            batches.add(CompletableFuture.supplyAsync(() -> lookUpBatch(chunk), executor));
        }
        Map<String, UserLookup> answers = new LinkedHashMap<>();
        try {
            for (CompletableFuture<Map<String, UserLookup>> batch : batches) {
                answers.putAll(batch.join());
            }
        } catch (CompletionException e) {
            batches.forEach(b -> b.cancel(true));
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return answers;
    }

    private Map<String, UserLookup> lookUpBatch(List<String> keys) {
        Map<String, UserLookup> answers = new LinkedHashMap<>();
        List<String> pending = keys;
        RetryPolicy retry = http.retry();
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            GraphResponse response = http.post(batchUrl, body(pending));
            if (!response.ok()) {
                throw new TenantException(batchUrl, response.status(), response.errorText(), null);
            }
            List<String> again = new ArrayList<>();
            Optional<Duration> wait = Optional.empty();
            for (JsonNode item : response.body().path("responses")) {
                int index = item.path("id").asInt(-1);
                if (index < 0 || index >= pending.size()) {
                    continue;
                }
                String key = pending.get(index);
                int status = item.path("status").asInt();
                if (RetryPolicy.retryable(status) && attempt < retry.maxAttempts()) {
                    again.add(key);
                    wait = longer(wait, RetryPolicy.retryAfter(GraphHttp.text(item.path("headers"), "Retry-After")));
                } else {
                    answers.put(key, lookup(key, status, item.path("body")));
                }
            }
            pending.stream()
                    .filter(k -> !answers.containsKey(k) && !again.contains(k))
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

    /** Item ids are the keys' positions, so any key (quotes, #, unicode) round-trips safely. */
    private static String body(List<String> keys) {
        ObjectNode root = GraphHttp.JSON.createObjectNode();
        ArrayNode requests = root.putArray("requests");
        for (int i = 0; i < keys.size(); i++) {
            requests.addObject()
                    .put("id", Integer.toString(i))
                    .put("method", "GET")
                    .put("url", "/users/" + GraphUrls.segment(keys.get(i)) + "?$select=" + GraphJson.USER_SELECT);
        }
        return root.toString();
    }
}
