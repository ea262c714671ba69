package io.jenkins.plugins.lynchybrid.auth;

/** Bearer tokens for Microsoft Graph. Implementations reuse cached tokens and are safe for concurrent use. */
public interface TokenSource {

    /** A token that is valid now, from the cache when it has one. */
    String accessToken();

    /** A token newly issued by the authority, for when the service refused the cached one (HTTP 401). */
    String refreshedAccessToken();
}
