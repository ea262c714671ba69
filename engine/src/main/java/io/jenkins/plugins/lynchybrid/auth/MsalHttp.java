package io.jenkins.plugins.lynchybrid.auth;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * MSAL4J's HTTP on the JDK client with this site's TLS trust, proxy and time limits, and one rule MSAL lacks: a
 * POST the server answered with a 5xx is never sent again. MSAL retries 5xx answers once, but AD FS answers a wrong
 * password on its WS-Trust endpoint with HTTP 500, so the retry would count the same bad password twice toward
 * AD FS extranet lockout; the repeat gets the first answer instead. Bodies are remembered only as a SHA-256 hash.
 */
final class MsalHttp implements IHttpClient {
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient http;
    private final Duration timeout;
    private final Map<String, Rejection> rejected = new ConcurrentHashMap<>();
    private final AtomicReference<Rejection> lastRejection = new AtomicReference<>();

    /** A POST the server refused with a 5xx: where it went and what came back. */
    record Rejection(URI url, int status, String body) {}

    MsalHttp(ConnectionSettings connection) {
        this.http = connection.httpClient();
        this.timeout = connection.requestTimeout();
    }

    @Override
    public IHttpResponse send(HttpRequest request) throws Exception {
        URI url = request.url().toURI();
        boolean post = "POST".equalsIgnoreCase(request.httpMethod().name());
        String key = post ? url + "\n" + sha256(request.body()) : null;
        if (post && rejected.containsKey(key)) {
            return response(rejected.get(key).status(), rejected.get(key).body(), Map.of());
        }
        java.net.http.HttpRequest.Builder builder =
                java.net.http.HttpRequest.newBuilder(url).timeout(timeout);
        Map<String, String> headers = request.headers() == null ? Map.of() : request.headers();
        headers.forEach((name, value) -> {
            if (value != null && !RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        if (post) {
            builder.POST(BodyPublishers.ofString(request.body() == null ? "" : request.body()));
        } else {
            builder.GET();
        }
        java.net.http.HttpResponse<String> answer = http.send(builder.build(), BodyHandlers.ofString());
        if (post && answer.statusCode() >= 500) {
            Rejection rejection = new Rejection(url, answer.statusCode(), answer.body());
            rejected.put(key, rejection);
            lastRejection.set(rejection);
        }
        return response(answer.statusCode(), answer.body(), answer.headers().map());
    }

    /** The last POST a server refused with a 5xx since the previous call (e.g. AD FS refusing a password). */
    Optional<Rejection> takeRejection() {
        return Optional.ofNullable(lastRejection.getAndSet(null));
    }

    private static IHttpResponse response(int status, String body, Map<String, java.util.List<String>> headers) {
        HttpResponse response = new HttpResponse().statusCode(status).body(body);
        response.addHeaders(headers);
        return response;
    }

    private static String sha256(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
