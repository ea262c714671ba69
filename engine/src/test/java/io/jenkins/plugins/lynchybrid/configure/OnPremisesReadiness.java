package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.dns.DnsProbe;
import io.jenkins.plugins.lynchybrid.readiness.Catalogue;
import io.jenkins.plugins.lynchybrid.readiness.Category;
import io.jenkins.plugins.lynchybrid.readiness.Check;
import io.jenkins.plugins.lynchybrid.readiness.CheckResult;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessOptions;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessRunner;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessSources;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.tls.TlsProbe;
import java.util.List;

/**
 * The readiness checks that read what configure writes: every on-premises check and the tenant's shared SIP
 * address space, all through the shell. Graph, DNS and TLS are not consulted.
 */
final class OnPremisesReadiness {
    private static final String SHARED_SIP = "tenant.shared-sip-address-space";

    private OnPremisesReadiness() {}

    static List<CheckResult> run(HybridSite site, LyncShell shell) {
        List<Check> checks = Catalogue.standard().checks().stream()
                .filter(c -> c.category() == Category.ON_PREMISES || c.id().equals(SHARED_SIP))
                .toList();
        ReadinessSources sources = new ReadinessSources(
                site,
                () -> shell,
                () -> {
                    throw new IllegalStateException("these checks do not read Graph");
                },
                DnsProbe.forSite(site),
                TlsProbe.forSite(site),
                () -> {
                    throw new IllegalStateException("these checks do not read AD FS");
                });
        return new ReadinessRunner(new Catalogue(checks, List.of()), ReadinessOptions.defaults())
                .run(sources)
                .results();
    }
}
