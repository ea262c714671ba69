package io.jenkins.plugins.lynchybrid.errors;

import java.net.URI;

/** A failure of the Microsoft cloud side: sign-in or Graph. */
public final class TenantException extends HybridException {
    private final URI url;
    private final int status;

    public TenantException(URI url, int status, String serviceMessage, Throwable cause) {
        super(Side.TENANT, (status > 0 ? "HTTP " + status + " from " : "") + url + ": " + serviceMessage, cause);
        this.url = url;
        this.status = status;
    }

    public URI url() {
        return url;
    }

    /** The HTTP status, or 0 when no answer came (timeout, connection refused, TLS failure). */
    public int status() {
        return status;
    }
}
