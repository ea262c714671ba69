package io.jenkins.plugins.lynchybrid.testing;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.FederationChoice;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import io.jenkins.plugins.lynchybrid.site.TrustStore;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The simulated contoso.com hybrid as a site, pointed at whichever simulated endpoints a test started. */
public final class TestSites {
    private TestSites() {}

    /** Addresses are given unresolved, host:port, as a site file gives them. */
    public static HybridSite contoso(
            Optional<InetSocketAddress> edgeProbeAddress,
            Optional<TrustStore> trustStore,
            Optional<InetSocketAddress> dnsResolver) {
        return contoso(
                edgeProbeAddress,
                trustStore,
                dnsResolver,
                Cloud.WORLDWIDE,
                ServerVersion.LYNC_2013,
                new ShellSettings(List.of("pwsh"), 1, Duration.ofMinutes(1), null));
    }

    /** The simulated contoso.com hybrid with every endpoint a test chose. */
    public static HybridSite contoso(
            Optional<InetSocketAddress> edgeProbeAddress,
            Optional<TrustStore> trustStore,
            Optional<InetSocketAddress> dnsResolver,
            Cloud cloud,
            ServerVersion version,
            ShellSettings shell) {
        return new HybridSite(
                "contoso",
                List.of(World.SIP_DOMAIN, World.SECOND_SIP_DOMAIN),
                World.TENANT_DOMAIN,
                World.POOL_FQDN,
                World.ACCESS_EDGE_FQDN,
                edgeProbeAddress.map(TestSites::asInSiteFile),
                version,
                cloud,
                World.PUBLIC_CLIENT_ID,
                World.ADMIN_USERNAME,
                Optional.empty(),
                Optional.empty(),
                trustStore,
                dnsResolver.map(TestSites::asInSiteFile),
                Optional.empty(),
                shell,
                FederationChoice.UNSTATED);
    }

    /**
     * The hybrid as a site whose cloud is {@code cloud}'s HTTPS simulator, for jobs whose shell is
     * {@link InProcessLyncShell} (the shell settings name no host program).
     */
    public static HybridSite onSimulatedCloud(SimulatedCloud cloud, ServerVersion version) {
        return contoso(
                Optional.empty(),
                Optional.of(cloud.trustStore()),
                Optional.empty(),
                cloud.cloud(),
                version,
                new ShellSettings(List.of("in-process"), 1, Duration.ofMinutes(1), null));
    }

    private static InetSocketAddress asInSiteFile(InetSocketAddress address) {
        return InetSocketAddress.createUnresolved(address.getAddress().getHostAddress(), address.getPort());
    }
}
