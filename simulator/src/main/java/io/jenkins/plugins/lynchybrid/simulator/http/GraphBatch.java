package io.jenkins.plugins.lynchybrid.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1.0/$batch}: at most 20 requests with unique ids, each answered as if sent alone, and each
 * throttled on its own.
 */
final class GraphBatch {
    static final int MAX_REQUESTS = 20;

    private final GraphEndpoint graph;
    private final Throttle throttle;

    GraphBatch(GraphEndpoint graph, Throttle throttle) {
        this.graph = graph;
        this.throttle = throttle;
    }

    Reply answer(String body) {
        JsonNode requests;
        try {
            requests = HttpExchanges.JSON.readTree(body).path("requests");
        } catch (IOException e) {
            return Reply.graphError(400, "BadRequest", "Invalid batch payload format: " + e.getMessage());
        }
        if (!requests.isArray() || requests.isEmpty()) {
            return Reply.graphError(400, "BadRequest", "Invalid batch payload format: no requests.");
        }
        if (requests.size() > MAX_REQUESTS) {
            return Reply.graphError(
                    400, "BadRequest", "The number of batch requests must not exceed " + MAX_REQUESTS + ".");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode request : requests) {
            if (!ids.add(request.path("id").asText(""))) {
                return Reply.graphError(
                        400,
                        "BadRequest",
                        "Batch request ids must be unique; '"
                                + request.path("id").asText() + "' repeats.");
            }
        }
        List<Map<String, Object>> responses = new ArrayList<>();
        for (JsonNode request : requests) {
            responses.add(item(request.path("id").asText(), item(request)));
        }
        return Reply.json(200, Map.of("responses", responses));
    }

    private Reply item(JsonNode request) {
        if (!"GET".equalsIgnoreCase(request.path("method").asText())) {
            return Reply.graphError(405, "Request_BadRequest", "Only GET is simulated in a batch.");
        }
        String url = request.path("url").asText("");
        if (!url.startsWith("/")) {
            return Reply.graphError(400, "BadRequest", "Batch request url '" + url + "' must be relative.");
        }
        if (throttle.now()) {
            return throttle.tooManyRequests();
        }
        int q = url.indexOf('?');
        return graph.get(
                q < 0 ? url : url.substring(0, q), HttpExchanges.parameters(q < 0 ? "" : url.substring(q + 1)));
    }

    private static Map<String, Object> item(String id, Reply reply) {
        Map<String, Object> headers = new LinkedHashMap<>(reply.headers());
        headers.put("Content-Type", reply.contentType());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("status", reply.status());
        json.put("headers", headers);
        json.put("body", reply.body());
        return json;
    }
}
