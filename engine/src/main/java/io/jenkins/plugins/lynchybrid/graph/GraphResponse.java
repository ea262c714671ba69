package io.jenkins.plugins.lynchybrid.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/** One final Graph answer (after retries): status and parsed JSON body (a missing node when empty). */
record GraphResponse(URI url, int status, JsonNode body) {
    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Graph's {@code error.code: error.message}, or the status alone. */
    String errorText() {
        JsonNode error = body.path("error");
        return error.isMissingNode()
                ? "HTTP " + status
                : error.path("code").asText("") + ": " + error.path("message").asText("");
    }
}
