package io.jenkins.plugins.lynchybrid.site;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One hybrid deployment: the shared SIP domain(s), the on-premises pool and Edge, the tenant and its cloud,
 * and how to reach both halves. Holds no secret: the tenant admin password comes separately.
 *
 * @param sipDomains the shared SIP domains, the primary one first
 * @param tenant the tenant's initial domain or id, used in the sign-in authority
 * @param edgeProbeAddress where this agent reaches the Access Edge's external TLS port when that differs
 *     from public DNS (NAT, or the simulator on loopback); empty means resolve the Edge FQDN on 5061
 * @param dnsResolver the resolver the DNS checks ask; empty means the system's
 * @param publicClientId the app registration used for the tenant admin's username/password sign-in
 * @param appRegistration optional app-only credential (client id) for the Graph side
 */
public record HybridSite(
        String name,
        List<String> sipDomains,
        String tenant,
        String poolFqdn,
        String edgeAccessFqdn,
        Optional<InetSocketAddress> edgeProbeAddress,
        ServerVersion serverVersion,
        Cloud cloud,
        String publicClientId,
        String adminUsername,
        Optional<String> appRegistration,
        Optional<URI> hostedMigrationOverrideUrl,
        Optional<TrustStore> trustStore,
        Optional<InetSocketAddress> dnsResolver,
        Optional<URI> proxy,
        ShellSettings shell,
        FederationChoice federation) {

    public HybridSite {
        sipDomains = List.copyOf(sipDomains);
        if (sipDomains.isEmpty()) {
            throw new IllegalArgumentException("sipDomains is empty: name at least the shared SIP domain");
        }
    }

    /** The same site with {@code choice} as its federation choice. */
    public HybridSite withFederation(FederationChoice choice) {
        return new HybridSite(
                name,
                sipDomains,
                tenant,
                poolFqdn,
                edgeAccessFqdn,
                edgeProbeAddress,
                serverVersion,
                cloud,
                publicClientId,
                adminUsername,
                appRegistration,
                hostedMigrationOverrideUrl,
                trustStore,
                dnsResolver,
                proxy,
                shell,
                choice);
    }

    public String primarySipDomain() {
        return sipDomains.get(0);
    }
}
