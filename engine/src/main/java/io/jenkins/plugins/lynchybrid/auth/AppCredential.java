package io.jenkins.plugins.lynchybrid.auth;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;

/** An app registration's own credential for app-only Graph access: a client secret or a certificate. */
public sealed interface AppCredential {

    String clientId();

    /** A client secret; the value is never shown by {@link #toString()}. */
    record Secret(String clientId, String value) implements AppCredential {
        @Override
        public String toString() {
            return "Secret[" + clientId + ", value hidden]";
        }
    }

    /** A certificate registered on the app; MSAL signs each client assertion with its private key. */
    record Certificate(String clientId, PrivateKey key, X509Certificate certificate) implements AppCredential {
        @Override
        public String toString() {
            return "Certificate[" + clientId + ", " + certificate.getSubjectX500Principal() + "]";
        }
    }

    /** Reads the first key entry of a PKCS12 file. */
    static Certificate fromPkcs12(String clientId, Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return fromKeyStore(clientId, store, password, "certificate file " + file);
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException(
                    "certificate file " + file + " cannot be read as PKCS12: " + e.getMessage(), e);
        }
    }

    /**
     * Takes the first key entry of a loaded key store (a Jenkins certificate credential holds one).
     *
     * @param source names the store in errors, e.g. the credential's id
     */
    static Certificate fromKeyStore(String clientId, KeyStore store, char[] password, String source) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return new Certificate(clientId, (PrivateKey) store.getKey(alias, password), (X509Certificate)
                            store.getCertificate(alias));
                }
            }
            throw new ConfigurationException(source + " holds no private key entry");
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException(source + " cannot be read: " + e.getMessage(), e);
        }
    }
}
