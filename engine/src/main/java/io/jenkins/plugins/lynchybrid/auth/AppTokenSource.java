package io.jenkins.plugins.lynchybrid.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import java.time.Duration;
import java.time.Instant;

/**
 * App-only tokens (client credentials) for an app registration, with a secret or a certificate. The last
 * token is reused until it is within {@link #RENEWAL_MARGIN} of expiry (MSAL4J's own client-credential cache
 * lookup did not answer reliably against an explicit authority); a refresh always asks the authority.
 */
public final class AppTokenSource implements TokenSource {
    private final TenantAuthority authority;
    private final ConfidentialClientApplication app;
    private final Duration limit;
    static final Duration RENEWAL_MARGIN = Duration.ofMinutes(5);
    private IAuthenticationResult last;

    public AppTokenSource(TenantAuthority authority, AppCredential credential, ConnectionSettings connection) {
        this.authority = authority;
        this.limit = connection.requestTimeout();
        this.app = MsalCalls.configure(
                        ConfidentialClientApplication.builder(credential.clientId(), msalCredential(credential)),
                        authority,
                        new MsalHttp(connection))
                .build();
    }

    private static IClientCredential msalCredential(AppCredential credential) {
        if (credential instanceof AppCredential.Certificate cert) {
            return ClientCredentialFactory.createFromCertificate(cert.key(), cert.certificate());
        }
        return ClientCredentialFactory.createFromSecret(((AppCredential.Secret) credential).value());
    }

    @Override
    public synchronized String accessToken() {
        if (last != null
                && last.expiresOnDate().toInstant().isAfter(Instant.now().plus(RENEWAL_MARGIN))) {
            return last.accessToken();
        }
        return refreshedAccessToken();
    }

    @Override
    public synchronized String refreshedAccessToken() {
        ClientCredentialParameters parameters = ClientCredentialParameters.builder(authority.graphScopes())
                .skipCache(true)
                .build();
        last = MsalCalls.await(() -> app.acquireToken(parameters), authority, limit);
        return last.accessToken();
    }
}
