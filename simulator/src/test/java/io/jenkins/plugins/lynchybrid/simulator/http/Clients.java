package io.jenkins.plugins.lynchybrid.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.PublicClientApplication;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Real clients of the simulated cloud, trusting only its CA: MSAL4J for tokens, the JDK HttpClient for Graph. */
final class Clients {
    static final Set<String> GRAPH_SCOPE = Set.of("https://graph.microsoft.com/.default");
    static final ObjectMapper JSON = new ObjectMapper();

    private final CloudServer server;
    private final SSLContext tls;
    private final HttpClient http;

    Clients(CloudServer server) {
        this.server = server;
        this.tls = trusting(server);
        this.http = HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static SSLContext trusting(CloudServer server) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", server.caCertificate());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String authority() {
        return server.baseUrl() + "/" + World.TENANT_DOMAIN + "/";
    }

    PublicClientApplication publicClient() throws IOException {
        return PublicClientApplication.builder(World.PUBLIC_CLIENT_ID)
                .authority(authority())
                .instanceDiscovery(false)
                .sslSocketFactory(tls.getSocketFactory())
                .build();
    }

    String appToken(IClientCredential credential) throws Exception {
        ConfidentialClientApplication app = ConfidentialClientApplication.builder(World.APP_CLIENT_ID, credential)
                .authority(authority())
                .instanceDiscovery(false)
                .sslSocketFactory(tls.getSocketFactory())
                .build();
        return app.acquireToken(ClientCredentialParameters.builder(GRAPH_SCOPE).build())
                .get(10, TimeUnit.SECONDS)
                .accessToken();
    }

    String secretToken(World world) throws Exception {
        return appToken(ClientCredentialFactory.createFromSecret(world.appClientSecret()));
    }

    HttpResponse<String> get(String pathOrUrl, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET(), token);
    }

    HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                token);
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("https://") ? pathOrUrl : server.baseUrl() + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token)
            throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Graph's {@code error.code}. */
    static String errorCode(HttpResponse<String> response) throws IOException {
        return json(response).path("error").path("code").asText();
    }
}
