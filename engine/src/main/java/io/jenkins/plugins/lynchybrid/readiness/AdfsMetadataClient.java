package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.auth.ConnectionSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Downloads AD FS federation metadata anonymously over TLS that the JDK's roots or the site's trust store
 * accept, as Entra ID does for certificate auto-rollover. Owns its HTTP client's threads: close it.
 */
public final class AdfsMetadataClient implements AutoCloseable {
    private final ConnectionSettings connection;
    private final ExecutorService executor;
    private final HttpClient http;

    public AdfsMetadataClient(ConnectionSettings connection) {
        this.connection = connection;
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "adfs-metadata");
            thread.setDaemon(true);
            return thread;
        });
        this.http = connection.httpClient(executor);
    }

    /** The document at {@code metadataUrl}; fails naming the URL on TLS, HTTP or XML trouble. */
    public FederationMetadata read(URI metadataUrl) {
        HttpRequest request = HttpRequest.newBuilder(metadataUrl)
                .timeout(connection.requestTimeout())
                .header("Accept", "application/samlmetadata+xml, application/xml")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " from " + metadataUrl);
            }
            return FederationMetadataXml.parse(metadataUrl, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + metadataUrl, e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
