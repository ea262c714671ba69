package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.adfs.FederationMetadataReader;
import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.auth.AdminPasswordTokenSource;
import io.jenkins.plugins.lynchybrid.auth.ConnectionSettings;
import io.jenkins.plugins.lynchybrid.auth.TenantAuthority;
import io.jenkins.plugins.lynchybrid.dns.DnsProbe;
import io.jenkins.plugins.lynchybrid.graph.GraphClient;
import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import io.jenkins.plugins.lynchybrid.site.TrustStore;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import io.jenkins.plugins.lynchybrid.tls.TlsProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole simulated hybrid of one scenario (cloud over HTTPS, DNS over UDP, the Edge's TLS port, the shell)
 * seen through the engine's real clients, as readiness sees a real deployment.
 */
final class SimulatedReadiness implements AutoCloseable {
    private static final String TRUST_PASSWORD = "changeit";

    private final SimulatedHybrid hybrid;
    private final Path directory;
    private final HybridSite site;
    private final AccountCredential credential;
    private final GraphClient graph;
    private final FederationMetadataReader adfs;
    private final ReadinessSources sources;

    /** Names the site's cloud; its endpoints are always the simulator's. */
    record CloudNames(String name, String hostingProviderFqdn, String autodiscoverUrl) {
        static final CloudNames WORLDWIDE = new CloudNames("simulated", World.SIPFED, World.AUTODISCOVER_URL);
        /** A GCC High site (its Teams environment and government plans), on the simulator's endpoints. */
        static final CloudNames GCC_HIGH =
                new CloudNames("gcc-high", World.GCC_HIGH_SIPFED, World.GCC_HIGH_AUTODISCOVER_URL);
    }

    private SimulatedReadiness(
            Scenario scenario, int users, Faults faults, ServerVersion version, CloudNames cloudNames)
            throws IOException {
        char[] password = ("Sim-" + UUID.randomUUID()).toCharArray();
        this.hybrid = SimulatedHybrid.start(ServerProduct.valueOf(version.name()), scenario, users, password, faults);
        this.directory = Files.createTempDirectory("readiness");
        Path store = hybrid.writeTrustStore(directory.resolve("trust.p12"), TRUST_PASSWORD.toCharArray());
        URI base = URI.create(hybrid.cloudBaseUrl() + "/");
        this.site = TestSites.contoso(
                Optional.of(hybrid.edgeAddress()),
                Optional.of(new TrustStore(store, "PKCS12", TRUST_PASSWORD)),
                Optional.of(hybrid.dnsAddress()),
                new Cloud(
                        cloudNames.name(),
                        base,
                        base,
                        cloudNames.hostingProviderFqdn(),
                        URI.create(cloudNames.autodiscoverUrl())),
                version,
                new ShellSettings(hybrid.shellHostCommand(), 1, Duration.ofSeconds(30), remotePool(version)));
        ConnectionSettings connection = ConnectionSettings.forSite(site);
        this.credential = new AccountCredential(World.ADMIN_USERNAME, password);
        this.graph = new GraphClient(
                site.cloud(),
                new AdminPasswordTokenSource(
                        new TenantAuthority(site.cloud(), site.tenant()),
                        site.publicClientId(),
                        credential,
                        connection,
                        notice -> {}),
                connection);
        this.adfs = new FederationMetadataReader(connection);
        InProcessLyncShell shell = new InProcessLyncShell(hybrid.world());
        this.sources = new ReadinessSources(
                site, () -> shell, () -> graph, DnsProbe.forSite(site), TlsProbe.forSite(site), () -> adfs);
    }

    static SimulatedReadiness start(Scenario scenario) {
        return start(scenario, 20, Faults.none());
    }

    static SimulatedReadiness start(Scenario scenario, int users, Faults faults) {
        return start(scenario, users, faults, ServerVersion.LYNC_2013);
    }

    /** A site of {@code version} on a world running that product; past 2013 the shell imports its module from the pool. */
    static SimulatedReadiness start(Scenario scenario, int users, Faults faults, ServerVersion version) {
        return start(scenario, users, faults, version, CloudNames.WORLDWIDE);
    }

    /** A site in the cloud {@code cloud} names, on the simulator's endpoints. */
    static SimulatedReadiness start(
            Scenario scenario, int users, Faults faults, ServerVersion version, CloudNames cloud) {
        try {
            return new SimulatedReadiness(scenario, users, faults, version, cloud);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String remotePool(ServerVersion version) {
        return version == ServerVersion.LYNC_2013 ? null : "https://" + World.POOL_FQDN + "/OcsPowershell";
    }

    World world() {
        return hybrid.world();
    }

    HybridSite site() {
        return site;
    }

    /** How many requests the simulated cloud received for {@code method} and {@code path}. */
    int cloudRequests(String method, String path) {
        return hybrid.cloud().requestCount(method, path);
    }

    ReadinessSources sources() {
        return sources;
    }

    /** Runs the standard catalogue; the run's waits move the world's clock instead of sleeping. */
    ReadinessReport run(ReadinessOptions options) {
        ReadinessOptions onWorldTime = options.withPause(d -> hybrid.world().change(w -> w.advanceClock(d)));
        return new ReadinessRunner(Catalogue.standard(), onWorldTime).run(sources);
    }

    @Override
    public void close() throws IOException {
        adfs.close();
        graph.close();
        credential.close();
        hybrid.close();
        Files.deleteIfExists(directory.resolve("trust.p12"));
        Files.deleteIfExists(directory);
    }
}
