package io.jenkins.plugins.lynchybrid.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import java.time.Duration;

/**
 * App-only tokens (client credentials) for an app registration, with a secret or a certificate. MSAL's cache
 * answers until the token nears expiry; a refresh skips the cache.
 */
public final class AppTokenSource implements TokenSource {
    private final TenantAuthority authority;
    private final ConfidentialClientApplication app;
    private final Duration limit;

    public AppTokenSource(TenantAuthority authority, AppCredential credential, ConnectionSettings connection) {
        this.authority = authority;
        this.limit = connection.requestTimeout();
        this.app = MsalCalls.configure(
                        ConfidentialClientApplication.builder(credential.clientId(), msalCredential(credential)),
                        authority,
                        connection)
                .build();
    }

    private static IClientCredential msalCredential(AppCredential credential) {
        if (credential instanceof AppCredential.Certificate cert) {
            return ClientCredentialFactory.createFromCertificate(cert.key(), cert.certificate());
        }
        return ClientCredentialFactory.createFromSecret(((AppCredential.Secret) credential).value());
    }

    @Override
    public String accessToken() {
        return acquire(false);
    }

    @Override
    public String refreshedAccessToken() {
        return acquire(true);
    }

    private String acquire(boolean skipCache) {
        ClientCredentialParameters parameters = ClientCredentialParameters.builder(authority.graphScopes())
                .skipCache(skipCache)
                .build();
        return MsalCalls.await(() -> app.acquireToken(parameters), authority, limit)
                .accessToken();
    }
}
