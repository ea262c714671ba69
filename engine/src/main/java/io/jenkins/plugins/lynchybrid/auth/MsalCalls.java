package io.jenkins.plugins.lynchybrid.auth;

import com.microsoft.aad.msal4j.AbstractClientApplicationBase;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** What every MSAL4J application here shares: authority, TLS, proxy and timeouts in, TenantException out. */
final class MsalCalls {
    private MsalCalls() {}

    /**
     * The authority, and HTTP through {@code http} (which carries the site's TLS trust, proxy and time limits:
     * MSAL's own proxy and socket settings do not apply to a client it is given).
     */
    static <B extends AbstractClientApplicationBase.Builder<B>> B configure(
            B builder, TenantAuthority authority, MsalHttp http) {
        try {
            B configured = builder.authority(authority.url())
                    .instanceDiscovery(authority.instanceDiscovery())
                    .httpClient(http);
            authority.instanceDiscoveryResponse().ifPresent(configured::aadInstanceDiscoveryResponse);
            return configured;
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("authority " + authority.url() + " is not a URL", e);
        }
    }

    /**
     * Waits for one token acquisition, bounded by {@code limit}. MSAL's messages carry the service's AADSTS
     * text; they never contain the password, which only travels in the request body.
     */
    static IAuthenticationResult await(
            Supplier<CompletableFuture<IAuthenticationResult>> call, TenantAuthority authority, Duration limit) {
        CompletableFuture<IAuthenticationResult> future = call.get();
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            int status = cause instanceof MsalServiceException service && service.statusCode() != null
                    ? service.statusCode()
                    : 0;
            throw new TenantException(
                    authority.tokenEndpoint(), status, "sign-in failed: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TenantException(
                    authority.tokenEndpoint(), 0, "sign-in got no answer within " + limit.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TenantException(authority.tokenEndpoint(), 0, "sign-in was interrupted", e);
        }
    }
}
