package io.jenkins.plugins.lynchybrid.simulator.http;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Entra ID's OAuth error answer: {@code error}, an AADSTS-prefixed description, codes and ids. */
final class OAuthError {
    private OAuthError() {}

    static Reply of(int status, String error, int aadsts, String description) {
        String trace = UUID.randomUUID().toString();
        String correlation = UUID.randomUUID().toString();
        String timestamp = Instant.now().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put(
                "error_description",
                "AADSTS" + aadsts + ": " + description + " Trace ID: " + trace + " Correlation ID: " + correlation
                        + " Timestamp: " + timestamp);
        body.put("error_codes", List.of(aadsts));
        body.put("timestamp", timestamp);
        body.put("trace_id", trace);
        body.put("correlation_id", correlation);
        return Reply.json(status, body);
    }

    static Reply invalidGrant(int aadsts, String description) {
        return of(400, "invalid_grant", aadsts, description);
    }

    static Reply invalidClient(int aadsts, String description) {
        return of(401, "invalid_client", aadsts, description);
    }
}
