package io.jenkins.plugins.lynchybrid.tls;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.site.TrustStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The roots this agent trusts: the JDK's, plus the site's extra trust store when it has one (a corporate
 * TLS-inspection root, or the simulator's CA). A server passes if either accepts its chain. Both the cloud
 * clients' TLS and the Edge certificate check use this one definition of trust.
 */
public final class TrustedRoots {
    private final List<Anchors> anchors;

    private record Anchors(String name, X509TrustManager manager) {}

    private TrustedRoots(List<Anchors> anchors) {
        this.anchors = List.copyOf(anchors);
    }

    /** @throws ConfigurationException when the site's trust store cannot be read */
    public static TrustedRoots of(Optional<TrustStore> site) {
        List<Anchors> anchors = new ArrayList<>();
        anchors.add(new Anchors("the JDK roots", manager(null)));
        site.ifPresent(store -> anchors.add(new Anchors("trust store " + store.path(), manager(load(store)))));
        return new TrustedRoots(anchors);
    }

    /** Trusted when any store accepts the chain as a TLS server's; otherwise every store's objection. */
    public TrustVerdict check(List<X509Certificate> chain, String authType) {
        X509Certificate[] presented = chain.toArray(new X509Certificate[0]);
        List<String> objections = new ArrayList<>();
        for (Anchors store : anchors) {
            try {
                store.manager().checkServerTrusted(presented, authType);
                return new TrustVerdict(true, "trusted by " + store.name());
            } catch (CertificateException e) {
                objections.add("untrusted by " + store.name() + ": " + explain(e));
            }
        }
        return new TrustVerdict(false, String.join("; ", objections));
    }

    /** A TLS context that accepts a server whose chain any of these roots accepts. */
    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AnyAnchorTrustManager()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS", e);
        }
    }

    private final class AnyAnchorTrustManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            anchors.get(0).manager().checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            TrustVerdict verdict = check(List.of(chain), authType);
            if (!verdict.trusted()) {
                throw new CertificateException(verdict.reason());
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return anchors.stream()
                    .flatMap(a -> Arrays.stream(a.manager().getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }

    /** The root cause in words: PKIX wraps it in several layers of generic messages. */
    private static String explain(Throwable failure) {
        Throwable cause = failure;
        while (true) {
            if (cause instanceof CertificateExpiredException) {
                return "a certificate in the chain has expired (" + cause.getMessage() + ")";
            }
            if (cause instanceof CertificateNotYetValidException) {
                return "a certificate in the chain is not valid yet (" + cause.getMessage() + ")";
            }
            if (cause.getCause() == null) {
                return cause.getMessage() != null
                        ? cause.getMessage()
                        : cause.getClass().getSimpleName();
            }
            cause = cause.getCause();
        }
    }

    private static KeyStore load(TrustStore store) {
        try (InputStream in = Files.newInputStream(store.path())) {
            KeyStore keys = KeyStore.getInstance(store.type());
            keys.load(in, store.password() == null ? null : store.password().toCharArray());
            return keys;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException(
                    "trust store " + store.path() + " (type " + store.type() + ") cannot be read: " + e.getMessage(),
                    e);
        }
    }

    /** The PKIX trust manager over {@code roots}; {@code null} means the JDK's own roots. */
    private static X509TrustManager manager(KeyStore roots) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(roots);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK offers no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's trust manager cannot be built", e);
        }
    }
}
