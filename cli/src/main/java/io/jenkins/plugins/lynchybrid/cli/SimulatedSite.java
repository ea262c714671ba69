package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.FederationChoice;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import io.jenkins.plugins.lynchybrid.site.TrustStore;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Describes a running simulated hybrid as a site, exactly as an admin would describe a real one. */
public final class SimulatedSite {
    /** Protects the trust store's integrity only; a trust store holds no private key. */
    static final String TRUST_STORE_PASSWORD = "lync-hybrid-simulator";

    private static final int SHELL_HOSTS = 4;
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    /**
     * What the simulated organisation chooses, as its healthy world has it: open federation (partner discovery, as
     * Microsoft's configure page sets it) and the Global external access policy federating.
     */
    private static final FederationChoice SIMULATED_CHOICE = new FederationChoice(Optional.of(true), Optional.of(true));

    private SimulatedSite() {}

    public static HybridSite describe(SimulatedHybrid hybrid, Path trustStore) {
        hybrid.writeTrustStore(trustStore, TRUST_STORE_PASSWORD.toCharArray());
        URI base = URI.create(hybrid.cloudBaseUrl() + "/");
        return new HybridSite(
                "contoso (simulated)",
                List.of(World.SIP_DOMAIN, World.SECOND_SIP_DOMAIN),
                World.TENANT_DOMAIN,
                World.POOL_FQDN,
                World.ACCESS_EDGE_FQDN,
                Optional.of(loopback(hybrid.edgeAddress())),
                ServerVersion.parse(hybrid.world().read(w -> w.product().id())),
                new Cloud("simulated", base, base, World.SIPFED, URI.create(World.AUTODISCOVER_URL)),
                World.PUBLIC_CLIENT_ID,
                World.ADMIN_USERNAME,
                Optional.empty(),
                Optional.of(URI.create(World.HOSTED_MIGRATION_URL)),
                Optional.of(new TrustStore(trustStore.toAbsolutePath(), "PKCS12", TRUST_STORE_PASSWORD)),
                Optional.of(loopback(hybrid.dnsAddress())),
                Optional.empty(),
                new ShellSettings(hybrid.shellHostCommand(), SHELL_HOSTS, COMMAND_TIMEOUT, null),
                SIMULATED_CHOICE);
    }

    private static InetSocketAddress loopback(InetSocketAddress address) {
        return InetSocketAddress.createUnresolved("127.0.0.1", address.getPort());
    }
}
