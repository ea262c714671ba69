package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.dns.DnsProbe;
import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.tls.TlsProbe;

/**
 * The doors readiness looks through: the Lync shell, the tenant's Graph directory, DNS, the Access Edge's TLS
 * port and AD FS. Every call behind them has its own timeout; readiness only reads. The caller owns and
 * closes them.
 */
public record ReadinessSources(
        HybridSite site,
        LyncShell shell,
        TenantDirectory directory,
        DnsProbe dns,
        TlsProbe tls,
        AdfsMetadataClient adfs) {}
