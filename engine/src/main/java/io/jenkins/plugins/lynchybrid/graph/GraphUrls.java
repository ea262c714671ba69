package io.jenkins.plugins.lynchybrid.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding for Graph URL path segments and query values (spaces as %20, as OData expects). */
final class GraphUrls {
    private GraphUrls() {}

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%40", "@");
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
