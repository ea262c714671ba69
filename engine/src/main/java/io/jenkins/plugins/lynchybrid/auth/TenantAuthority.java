package io.jenkins.plugins.lynchybrid.auth;

import io.jenkins.plugins.lynchybrid.site.Cloud;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Where a tenant signs in: the cloud's authority host plus the tenant (initial domain or id), and the Graph
 * scope its tokens are for. Instance discovery only runs against Microsoft's own login hosts; an explicit
 * authority (the simulator, a test tenant behind a gateway) is taken as given.
 *
 * @param instanceDiscoveryResponse the instance-discovery document MSAL uses instead of asking the network
 */
public record TenantAuthority(Cloud cloud, String tenant, Optional<String> instanceDiscoveryResponse) {
    private static final Set<String> MICROSOFT_LOGIN_HOSTS = Set.of(
            "login.microsoftonline.com",
            "login.microsoftonline.us",
            "login.chinacloudapi.cn",
            "login.microsoft.com",
            "login.windows.net");

    /** An authority whose instance discovery (Microsoft's login hosts only) asks the network. */
    public TenantAuthority(Cloud cloud, String tenant) {
        this(cloud, tenant, Optional.empty());
    }

    public TenantAuthority {
        if (tenant == null || tenant.isBlank() || tenant.contains("/")) {
            throw new IllegalArgumentException("tenant '" + tenant + "' must be the initial domain or the tenant id");
        }
        if (Set.of("common", "organizations", "consumers").contains(tenant)) {
            throw new IllegalArgumentException(
                    "tenant '" + tenant + "' is not allowed: name the tenant (username/password sign-in needs it)");
        }
    }

    /** e.g. {@code https://login.microsoftonline.com/contoso.onmicrosoft.com/} */
    public String url() {
        String host = cloud.authorityHost().toString();
        return (host.endsWith("/") ? host : host + "/") + tenant + "/";
    }

    public URI tokenEndpoint() {
        return URI.create(url() + "oauth2/v2.0/token");
    }

    public boolean instanceDiscovery() {
        return MICROSOFT_LOGIN_HOSTS.contains(cloud.authorityHost().getHost());
    }

    /**
     * The same authority with instance discovery answered by {@code document} instead of the network: the JSON the
     * discovery endpoint returns ({@code tenant_discovery_endpoint}, {@code api-version}, {@code metadata} entries
     * of {@code preferred_network}, {@code preferred_cache} and {@code aliases}), handed to MSAL4J's
     * {@code aadInstanceDiscoveryResponse}.
     */
    public TenantAuthority withInstanceDiscovery(String document) {
        return new TenantAuthority(cloud, tenant, Optional.of(document));
    }

    public Set<String> graphScopes() {
        return Set.of(cloud.graphScope());
    }
}
