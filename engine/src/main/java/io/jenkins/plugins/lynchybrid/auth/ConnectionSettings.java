package io.jenkins.plugins.lynchybrid.auth;

import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.TrustStore;
import io.jenkins.plugins.lynchybrid.tls.TrustedRoots;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * How this agent reaches the cloud: an optional HTTP proxy, certificates to trust besides the JDK's, and the
 * time limits every call gets.
 *
 * @param connectTimeout limit for opening a connection
 * @param requestTimeout limit for one request's answer (a token request, a Graph call, a metadata fetch)
 */
public record ConnectionSettings(
        Optional<URI> proxy, Optional<TrustStore> trustStore, Duration connectTimeout, Duration requestTimeout) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    public ConnectionSettings {
        proxy.ifPresent(ConnectionSettings::checkProxy);
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connect timeout must be positive, was " + connectTimeout);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be positive, was " + requestTimeout);
        }
    }

    public static ConnectionSettings forSite(HybridSite site) {
        return new ConnectionSettings(
                site.proxy(), site.trustStore(), DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    private static void checkProxy(URI proxy) {
        if (proxy.getHost() == null || proxy.getPort() < 1) {
            throw new IllegalArgumentException(
                    "proxy '" + proxy + "' must name a host and a port, e.g. http://proxy:3128");
        }
    }

    public SSLContext sslContext() {
        return TrustedRoots.of(trustStore).sslContext();
    }

    /** An HTTP client with these settings on the JDK's own (daemon) executor. */
    public HttpClient httpClient() {
        return builder().build();
    }

    /** An HTTP client with these settings whose background work runs on {@code executor} (owned by the caller). */
    public HttpClient httpClient(Executor executor) {
        return builder().executor(executor).build();
    }

    private HttpClient.Builder builder() {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .sslContext(sslContext())
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        proxy.ifPresent(p -> builder.proxy(ProxySelector.of(new InetSocketAddress(p.getHost(), p.getPort()))));
        return builder;
    }
}
