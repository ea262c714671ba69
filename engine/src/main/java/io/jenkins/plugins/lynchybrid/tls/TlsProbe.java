package io.jenkins.plugins.lynchybrid.tls;

import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.TrustStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * Connects to a TLS port, takes the certificate chain the server presents whether or not it is trusted, and
 * judges it: trust (JDK roots plus the site's trust store), subjectAltName DNS names, expiry.
 */
public final class TlsProbe {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The Access Edge's external federation port. */
    public static final int EDGE_FEDERATION_PORT = 5061;

    private static final int SAN_DNS_NAME = 2;

    private final TrustedRoots roots;
    private final int timeoutMillis;

    /**
     * @param extraTrust roots to trust besides the JDK's
     * @param timeout bounds the connect and, separately, each read of the handshake
     * @throws io.jenkins.plugins.lynchybrid.errors.ConfigurationException when the trust store cannot be read
     */
    public TlsProbe(Optional<TrustStore> extraTrust, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("TLS probe timeout " + timeout + " is not a positive number of ms");
        }
        this.roots = TrustedRoots.of(extraTrust);
        this.timeoutMillis = (int) timeout.toMillis();
    }

    public static TlsProbe forSite(HybridSite site) {
        return new TlsProbe(site.trustStore(), DEFAULT_TIMEOUT);
    }

    /**
     * The certificate on the site's Access Edge external port: {@code edgeProbeAddress} when the site gives
     * one, else the Edge FQDN on 5061. The TLS server name (SNI) is the Edge FQDN either way.
     *
     * @throws IOException when no TLS handshake completes with the Edge
     */
    public EdgeCertificate probeEdge(HybridSite site) throws IOException {
        InetSocketAddress address = site.edgeProbeAddress()
                .orElseGet(() -> InetSocketAddress.createUnresolved(site.edgeAccessFqdn(), EDGE_FEDERATION_PORT));
        return probe(address, site.edgeAccessFqdn());
    }

    /**
     * @param address where to connect; an unresolved address (as site files give them) is resolved first
     * @param serverName the host name sent as SNI, as a server holding several certificates needs it
     * @throws IOException when no TLS handshake completes, naming the address and the cause
     */
    public EdgeCertificate probe(InetSocketAddress address, String serverName) throws IOException {
        CapturingTrustManager capture = new CapturingTrustManager();
        try (Socket plain = new Socket()) {
            plain.connect(resolved(address), timeoutMillis);
            plain.setSoTimeout(timeoutMillis);
            try (SSLSocket tls = (SSLSocket) capturingContext(capture)
                    .getSocketFactory()
                    .createSocket(plain, serverName, address.getPort(), true)) {
                tls.startHandshake();
            }
        } catch (IOException e) {
            throw new IOException(
                    "TLS handshake with " + serverName + " at " + address + " failed: " + e.getMessage(), e);
        }
        return judge(capture.chain(), capture.authType(), address);
    }

    private static InetSocketAddress resolved(InetSocketAddress address) throws UnknownHostException {
        if (!address.isUnresolved()) {
            return address;
        }
        InetSocketAddress resolved = new InetSocketAddress(address.getHostString(), address.getPort());
        if (resolved.isUnresolved()) {
            throw new UnknownHostException("cannot resolve " + address.getHostString());
        }
        return resolved;
    }

    private EdgeCertificate judge(List<X509Certificate> chain, String authType, InetSocketAddress address)
            throws IOException {
        X509Certificate leaf = chain.get(0);
        TrustVerdict verdict = roots.check(chain, authType);
        return new EdgeCertificate(
                leaf.getSubjectX500Principal().getName(),
                leaf.getIssuerX500Principal().getName(),
                dnsNames(leaf, address),
                leaf.getNotAfter().toInstant(),
                verdict.trusted(),
                verdict.reason());
    }

    private static List<String> dnsNames(X509Certificate leaf, InetSocketAddress address) throws IOException {
        try {
            Collection<List<?>> names = leaf.getSubjectAlternativeNames();
            if (names == null) {
                return List.of();
            }
            return names.stream()
                    .filter(n -> Integer.valueOf(SAN_DNS_NAME).equals(n.get(0)))
                    .map(n -> (String) n.get(1))
                    .toList();
        } catch (CertificateParsingException e) {
            throw new IOException("the certificate presented at " + address + " has an unreadable subjectAltName", e);
        }
    }

    private static SSLContext capturingContext(CapturingTrustManager capture) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {capture}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no TLS client context", e);
        }
    }
}
