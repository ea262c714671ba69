package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.site.FederationChoice;
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

    /**
     * Microsoft's configure-federation page sets AllowFederatedUsers and AllowOutsideUsers on the Edge, the hosting
     * provider, and SharedSipAddressSpace online; plan-hybrid-connectivity adds "Federation must be enabled for the
     * external communications for the online tenant" (AllowFederatedUsers) whatever the on-premises version. Partner
     * discovery and the Global external access policy are the site's choice: managed only when its file states one.
     */
    public static DesiredState forSite(HybridSite site) {
        Flow flow = Flow.of(site.serverVersion());
        FederationChoice choice = site.federation();
        List<DesiredSetting> edge = new ArrayList<>(
                List.of(DesiredSetting.of("AllowFederatedUsers", true), DesiredSetting.of("AllowOutsideUsers", true)));
        // DNS SRV routing comes with it: the Edge reports partner discovery only when it routes by DNS SRV
        choice.partnerDiscovery().ifPresent(open -> edge.add(DesiredSetting.of(PARTNER_DISCOVERY, open)));
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
        List<DesiredSetting> policy = choice.globalFederationAccess()
                .map(allowed -> List.of(DesiredSetting.of("EnableFederationAccess", allowed)))
                .orElse(List.of());
        List<DesiredSetting> tenant = List.of(
                DesiredSetting.of("AllowFederatedUsers", true), DesiredSetting.of("SharedSipAddressSpace", true));
        return new DesiredState(flow, edge, provider, policy, tenant);
    }
}
