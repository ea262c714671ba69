package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.adfs.FederationMetadataReader;
import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.dns.DnsProbe;
import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.tls.TlsProbe;
import java.util.function.Supplier;

/**
 * The doors readiness looks through: the Lync shell, the tenant's Graph directory, DNS, the Access Edge's TLS
 * port and AD FS. The shell, Graph and AD FS are opened on first use, inside the checks, so a door that cannot
 * open fails the checks that needed it instead of the whole run. The caller owns and closes them.
 */
public record ReadinessSources(
        HybridSite site,
        Supplier<LyncShell> shell,
        Supplier<TenantDirectory> directory,
        DnsProbe dns,
        TlsProbe tls,
        Supplier<FederationMetadataReader> adfs) {

    public static ReadinessSources from(HybridConnections connections) {
        return new ReadinessSources(
                connections.site(),
                connections::shell,
                connections::directory,
                connections.dns(),
                connections.tls(),
                connections::federationMetadata);
    }
}
