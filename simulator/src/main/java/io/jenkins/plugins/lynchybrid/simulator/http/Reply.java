package io.jenkins.plugins.lynchybrid.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of a simulated service, before it is written: kept as data so a Graph {@code $batch} can embed
 * the same answers its items would get alone.
 *
 * @param body a JSON-serialisable value, or a String sent as is
 */
record Reply(int status, Map<String, String> headers, String contentType, Object body) {
    static final String JSON_TYPE = "application/json; charset=utf-8";

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply json(int status, Object body) {
        return new Reply(status, Map.of(), JSON_TYPE, body);
    }

    static Reply text(int status, String contentType, String body) {
        return new Reply(status, Map.of(), contentType, body);
    }

    /** Graph's and Entra's error shape: {@code {"error":{"code":…,"message":…}}}. */
    static Reply graphError(int status, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return json(status, Map.of("error", error));
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, more, contentType, body);
    }

    byte[] bytes() {
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return HttpExchanges.JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer body cannot be written as JSON", e);
        }
    }
}
