package io.jenkins.plugins.lynchybrid.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.jenkins.plugins.lynchybrid.auth.TokenSource;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends one Graph request the way the service asks: bearer token, per-request timeout, retries on 429/503/504
 * after Retry-After or a jittered back-off (bounded), one token refresh on 401.
 */
final class GraphHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final TokenSource tokens;
    private final RetryPolicy retry;
    private final Duration timeout;

    GraphHttp(HttpClient http, TokenSource tokens, RetryPolicy retry, Duration timeout) {
        this.http = http;
        this.tokens = tokens;
        this.retry = retry;
        this.timeout = timeout;
    }

    GraphResponse get(URI url) {
        return send(url, null);
    }

    GraphResponse post(URI url, String json) {
        return send(url, json);
    }

    private GraphResponse send(URI url, String json) {
        String token = tokens.accessToken();
        boolean refreshed = false;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange(url, json, token);
            int status = response.statusCode();
            if (status == 401 && !refreshed) {
                token = tokens.refreshedAccessToken();
                refreshed = true;
                attempt--;
                continue;
            }
            if (RetryPolicy.retryable(status) && attempt < retry.maxAttempts()) {
                pause(
                        retry.delay(
                                attempt,
                                RetryPolicy.retryAfter(response.headers().firstValue("Retry-After"))),
                        url);
                continue;
            }
            return new GraphResponse(url, status, parse(url, response));
        }
    }

    private HttpResponse<String> exchange(URI url, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TenantException(url, 0, "no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TenantException(url, 0, "interrupted while waiting for Graph", e);
        }
    }

    private static JsonNode parse(URI url, HttpResponse<String> response) {
        String body = response.body();
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new TenantException(url, response.statusCode(), "answer is not JSON: " + e.getMessage(), e);
        }
    }

    static void pause(Duration delay, URI url) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TenantException(url, 0, "interrupted while waiting to retry", e);
        }
    }

    RetryPolicy retry() {
        return retry;
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
