package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.util.ArrayList;
import java.util.List;

/** The hybrid configuration a site must have (domain reference §2.2 to §2.6). */
public record DesiredState(
        Flow flow,
        List<DesiredSetting> accessEdge,
        HostingProviderSpec hostingProvider,
        List<DesiredSetting> externalAccessPolicy,
        List<DesiredSetting> tenantFederation) {

    public DesiredState {
        accessEdge = List.copyOf(accessEdge);
        externalAccessPolicy = List.copyOf(externalAccessPolicy);
        tenantFederation = List.copyOf(tenantFederation);
    }

    static final String PARTNER_DISCOVERY = "EnablePartnerDiscovery";

    public static DesiredState forSite(HybridSite site) {
        Flow flow = Flow.of(site.serverVersion());
        List<DesiredSetting> edge = List.of(
                DesiredSetting.of("AllowFederatedUsers", true),
                DesiredSetting.of("AllowOutsideUsers", true),
                // DNS SRV routing comes with it: the Edge reports partner discovery only when it routes by DNS SRV
                DesiredSetting.of(PARTNER_DISCOVERY, true));
        HostingProviderSpec provider = new HostingProviderSpec(
                flow.hostingProviderIdentity(),
                site.cloud().hostingProviderFqdn(),
                List.of(
                        DesiredSetting.of("Enabled", true),
                        DesiredSetting.of("EnabledSharedAddressSpace", true),
                        DesiredSetting.of("HostsOCSUsers", true),
                        DesiredSetting.of("VerificationLevel", "UseSourceVerification"),
                        DesiredSetting.of("IsLocal", false),
                        DesiredSetting.of(
                                "AutodiscoverUrl",
                                site.cloud().autodiscoverUrl().toString())));
        List<DesiredSetting> tenant = new ArrayList<>();
        if (flow.tenantFederationSwitch()) {
            tenant.add(DesiredSetting.of("AllowFederatedUsers", true));
        }
        tenant.add(DesiredSetting.of("SharedSipAddressSpace", true));
        return new DesiredState(
                flow, edge, provider, List.of(DesiredSetting.of("EnableFederationAccess", true)), tenant);
    }
}
