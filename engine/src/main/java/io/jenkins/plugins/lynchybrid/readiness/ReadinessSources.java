package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.net.URI;
import java.util.List;

/**
 * The doors readiness looks through: the Lync shell, the tenant's Graph directory, DNS, the Access Edge's TLS
 * port and AD FS. Every call behind them has its own timeout; readiness only reads.
 */
public record ReadinessSources(
        HybridSite site,
        LyncShell shell,
        TenantDirectory directory,
        DnsLookup dns,
        EdgeCertificateProbe edgeTls,
        FederationMetadataReader adfs) {

    /** DNS as the site's resolver answers it. */
    public interface DnsLookup {
        /** Empty when the name has no SRV record. */
        List<SrvTarget> srv(String name);

        HostResolution resolve(String host);
    }

    /** Opens a TLS connection to the Access Edge's external port and reports its certificate. */
    @FunctionalInterface
    public interface EdgeCertificateProbe {
        EdgeCertificate probe();
    }

    /** Fetches AD FS federation metadata over TLS trusted by the site's trust store; throws when it cannot. */
    @FunctionalInterface
    public interface FederationMetadataReader {
        FederationMetadata read(URI metadataUrl);
    }
}
