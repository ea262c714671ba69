package io.jenkins.plugins.lynchybrid.auth;

import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import com.microsoft.aad.msal4j.UserNamePasswordParameters;
import io.jenkins.plugins.lynchybrid.errors.SignInRejectedException;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Tokens for the tenant administrator's username and password (OAuth ROPC through MSAL4J), for a managed
 * account or one federated with AD FS (MSAL takes the WS-Trust detour). The cache is tried first; a refresh
 * token renews it; the password is sent again only when both fail.
 *
 * <p>Microsoft has deprecated this flow and it cannot satisfy MFA, so the first use tells the caller's notice
 * sink once; certificate app-only sign-in ({@link AppTokenSource}) is the recommended credential for Graph.
 */
@SuppressWarnings("deprecation") // UserNamePasswordParameters: kept on purpose, the notice explains why
public final class AdminPasswordTokenSource implements TokenSource {
    static final String DEPRECATION_NOTICE = "Signing in to Microsoft Graph with the tenant admin's username and"
            + " password (ROPC). Microsoft has deprecated this flow and it fails for accounts that require MFA;"
            + " configure certificate app-only sign-in for Graph where you can.";
    /** A federated sign-in costs up to four requests (realm, MEX, WS-Trust, token). */
    private static final int REQUESTS_PER_SIGN_IN = 4;

    private final TenantAuthority authority;
    private final AccountCredential credential;
    private final PublicClientApplication app;
    private final MsalHttp http;
    /** Set once the service refused the password: it is never sent again by this source. */
    private TenantException rejected;

    private final Duration limit;
    private final Consumer<String> notices;
    private final AtomicBoolean noticeGiven = new AtomicBoolean();
    private final SignInGate signIns;

    /**
     * @param credential stays owned by the caller, who closes it after this source is no longer used
     * @param notices receives the one-time deprecation notice (a build log, a CLI's stderr)
     */
    public AdminPasswordTokenSource(
            TenantAuthority authority,
            String publicClientId,
            AccountCredential credential,
            ConnectionSettings connection,
            Consumer<String> notices) {
        this(authority, publicClientId, credential, connection, notices, new SignInGate());
    }

    /** @param signIns the job's gate for every sign-in with this password (shared with its shell hosts) */
    public AdminPasswordTokenSource(
            TenantAuthority authority,
            String publicClientId,
            AccountCredential credential,
            ConnectionSettings connection,
            Consumer<String> notices,
            SignInGate signIns) {
        this.signIns = signIns;
        this.authority = authority;
        this.credential = credential;
        this.notices = notices;
        this.limit = connection.requestTimeout().multipliedBy(REQUESTS_PER_SIGN_IN);
        this.http = new MsalHttp(connection);
        this.app = MsalCalls.configure(PublicClientApplication.builder(publicClientId), authority, http)
                .build();
    }

    @Override
    public synchronized String accessToken() {
        return account().flatMap(a -> silently(a, false)).orElseGet(this::withPassword);
    }

    @Override
    public synchronized String refreshedAccessToken() {
        return account().flatMap(a -> silently(a, true)).orElseGet(this::withPassword);
    }

    private Optional<IAccount> account() {
        try {
            return app.getAccounts().get(limit.toMillis(), TimeUnit.MILLISECONDS).stream()
                    .filter(a -> credential.username().equalsIgnoreCase(a.username()))
                    .findFirst();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TenantException(authority.tokenEndpoint(), 0, "sign-in was interrupted", e);
        }
    }

    /** Empty when the cache cannot answer (no refresh token, or the authority refused it). */
    private Optional<String> silently(IAccount account, boolean forceRefresh) {
        SilentParameters parameters = SilentParameters.builder(authority.graphScopes(), account)
                .forceRefresh(forceRefresh)
                .build();
        try {
            IAuthenticationResult result = MsalCalls.await(
                    () -> {
                        try {
                            return app.acquireTokenSilently(parameters);
                        } catch (MalformedURLException e) {
                            return CompletableFuture.failedFuture(e);
                        }
                    },
                    authority,
                    limit);
            return Optional.of(result.accessToken());
        } catch (TenantException e) {
            if (e.getCause() instanceof MsalException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private String withPassword() {
        if (rejected != null) {
            // a refused password halts the job wherever it is needed next, as the gate's refusal does
            signIns.refuseIfRejected();
            throw new SignInRejectedException(
                    "the password was refused earlier in this job and is not sent again: " + rejected.getMessage(),
                    rejected);
        }
        if (noticeGiven.compareAndSet(false, true)) {
            notices.accept(DEPRECATION_NOTICE);
        }
        http.takeRejection();
        char[] password = credential.password();
        try {
            UserNamePasswordParameters parameters = UserNamePasswordParameters.builder(
                            authority.graphScopes(), credential.username(), password)
                    .build();
            // named and remembered inside the gate, so the refusal the gate records is AD FS's own
            return signIns.signIn(() -> {
                        try {
                            return MsalCalls.await(() -> app.acquireToken(parameters), authority, limit);
                        } catch (TenantException e) {
                            throw refusal(e).orElse(e);
                        }
                    })
                    .accessToken();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The failure as a refused password, remembered so it is never sent again: AD FS refusing it on WS-Trust
     * (HTTP 5xx, named by its own URL rather than the token endpoint), or Entra ID answering invalid_grant.
     */
    private Optional<TenantException> refusal(TenantException failure) {
        Optional<MsalHttp.Rejection> adfs =
                http.takeRejection().filter(r -> !r.url().equals(authority.tokenEndpoint()));
        if (adfs.isPresent()) {
            rejected = new TenantException(
                    adfs.get().url(),
                    adfs.get().status(),
                    "AD FS refused the sign-in of " + credential.username() + " (HTTP "
                            + adfs.get().status()
                            + SoapFault.reason(adfs.get().body())
                                    .map(r -> ": " + r)
                                    .orElse("")
                            + "); the password was sent to AD FS once and is not sent again",
                    failure);
            return Optional.of(rejected);
        }
        if (failure.getCause() instanceof MsalServiceException service && "invalid_grant".equals(service.errorCode())) {
            rejected = failure;
        }
        return Optional.empty();
    }
}
