package io.jenkins.plugins.lynchybrid.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppCredentialTest {
    private static final char[] PASSWORD = "store-pass".toCharArray();

    @Test
    void aKeyStoreWithAKeyEntryGivesTheAppsKeyAndCertificate() throws Exception {
        Pki.Issued app =
                Pki.selfSigned("automation", Instant.now(), Instant.now().plus(Duration.ofDays(30)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("app", app.key(), PASSWORD, new X509Certificate[] {app.certificate()});

        AppCredential.Certificate credential =
                AppCredential.fromKeyStore("client-1", store, PASSWORD, "credential 'app'");

        assertEquals(app.certificate(), credential.certificate());
        assertEquals(app.key(), credential.key());
    }

    @Test
    void aKeyStoreWithoutAKeyEntryIsRefusedNamingItsSource() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", Pki.certificateAuthority("some CA").certificate());

        ConfigurationException e = assertThrows(
                ConfigurationException.class,
                () -> AppCredential.fromKeyStore("client-1", store, PASSWORD, "credential 'app'"));

        assertTrue(e.getMessage().contains("credential 'app' holds no private key entry"), e.getMessage());
    }
}
