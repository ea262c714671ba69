package io.jenkins.plugins.lynchybrid.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts whatever chain the server presents and keeps it, so the probe can report on a certificate the
 * agent does not trust instead of only seeing a failed handshake. Being an extended trust manager, the JDK
 * adds no hostname or algorithm checks of its own around it. One instance serves one handshake.
 */
final class CapturingTrustManager extends X509ExtendedTrustManager {
    private volatile List<X509Certificate> chain = List.of();
    private volatile String authType;

    List<X509Certificate> chain() {
        return chain;
    }

    String authType() {
        return authType;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String type) {
        chain = List.of(presented);
        authType = type;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String type, Socket socket) {
        checkServerTrusted(presented, type);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String type, SSLEngine engine) {
        checkServerTrusted(presented, type);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String type) throws CertificateException {
        throw new CertificateException("the probe is a TLS client; it does not authenticate clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String type, Socket socket)
            throws CertificateException {
        checkClientTrusted(presented, type);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String type, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(presented, type);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
