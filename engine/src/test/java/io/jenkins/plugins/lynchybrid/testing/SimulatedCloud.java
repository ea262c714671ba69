package io.jenkins.plugins.lynchybrid.testing;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.auth.AdminPasswordTokenSource;
import io.jenkins.plugins.lynchybrid.auth.AppCredential;
import io.jenkins.plugins.lynchybrid.auth.AppTokenSource;
import io.jenkins.plugins.lynchybrid.auth.ConnectionSettings;
import io.jenkins.plugins.lynchybrid.auth.TenantAuthority;
import io.jenkins.plugins.lynchybrid.auth.TokenSource;
import io.jenkins.plugins.lynchybrid.graph.GraphClient;
import io.jenkins.plugins.lynchybrid.graph.RetryPolicy;
import io.jenkins.plugins.lynchybrid.simulator.http.CloudServer;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.TrustStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A test fixture: a simulated World and its cloud (Entra ID, Graph, AD FS) on 127.0.0.1, a trust store file
 * with the simulator's CA, and engine clients wired to it exactly as a site file would wire them. Close it
 * (try-with-resources or @AfterEach/@AfterAll) to stop the server, close clients and delete the trust store.
 *
 * <pre>{@code
 * try (SimulatedCloud cloud = SimulatedCloud.start(50)) {
 *     GraphClient graph = cloud.graph();
 *     ...
 * }
 * }</pre>
 */
public final class SimulatedCloud implements AutoCloseable {
    private static final String TRUST_STORE_PASSWORD = "changeit";

    private final char[] adminPassword;
    private final World world;
    private final CloudServer server;
    private final Path directory;
    private final TrustStore trustStore;
    private final Cloud cloud;
    private final List<AutoCloseable> opened = new CopyOnWriteArrayList<>();
    private final List<String> notices = new CopyOnWriteArrayList<>();

    private SimulatedCloud(World world, char[] adminPassword) {
        this.world = world;
        this.adminPassword = adminPassword.clone();
        this.server = CloudServer.start(world);
        try {
            this.directory = Files.createTempDirectory("simulated-cloud");
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        }
        Path store = server.writeTrustStore(directory.resolve("trust.p12"), TRUST_STORE_PASSWORD.toCharArray());
        this.trustStore = new TrustStore(store, "PKCS12", TRUST_STORE_PASSWORD);
        URI base = URI.create(server.baseUrl() + "/");
        this.cloud = new Cloud(
                "custom", base, base, Cloud.WORLDWIDE.hostingProviderFqdn(), Cloud.WORLDWIDE.autodiscoverUrl());
    }

    /** A healthy hybrid of {@code users} on-premises users, with a fresh random admin password. */
    public static SimulatedCloud start(int users) {
        return start(users, Scenario.HEALTHY);
    }

    public static SimulatedCloud start(int users, Scenario scenario) {
        char[] password = ("Sim-" + UUID.randomUUID()).toCharArray();
        World world = new World(users, password);
        scenario.apply(world);
        return new SimulatedCloud(world, password);
    }

    /** Serves an existing world; {@code adminPassword} must be the one it was made with. */
    public static SimulatedCloud serve(World world, char[] adminPassword) {
        return new SimulatedCloud(world, adminPassword);
    }

    public World world() {
        return world;
    }

    public CloudServer server() {
        return server;
    }

    /** The explicit cloud: authority host and Graph endpoint both at the simulator's base URL. */
    public Cloud cloud() {
        return cloud;
    }

    public TrustStore trustStore() {
        return trustStore;
    }

    /** The tenant admin's password, as a copy; tests search outputs for it. */
    public char[] adminPassword() {
        return adminPassword.clone();
    }

    public TenantAuthority authority() {
        return new TenantAuthority(cloud, World.TENANT_DOMAIN);
    }

    /** Trusts the simulator's CA; short timeouts, since the server is on loopback. */
    public ConnectionSettings connection() {
        return new ConnectionSettings(
                Optional.empty(), Optional.of(trustStore), Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    /** A credential for {@code username} with the admin's password (closed with the fixture). */
    public AccountCredential credential(String username) {
        AccountCredential credential = new AccountCredential(username, adminPassword);
        opened.add(credential);
        return credential;
    }

    /** Deprecation and other notices the token sources made through this fixture. */
    public List<String> notices() {
        return new ArrayList<>(notices);
    }

    public TokenSource adminTokens() {
        return passwordTokens(World.ADMIN_USERNAME);
    }

    /** Username/password tokens; a contoso.com user signs in through the simulated AD FS. */
    public TokenSource passwordTokens(String username) {
        return new AdminPasswordTokenSource(
                authority(), World.PUBLIC_CLIENT_ID, credential(username), connection(), notices::add);
    }

    public TokenSource secretTokens() {
        return new AppTokenSource(
                authority(), new AppCredential.Secret(World.APP_CLIENT_ID, world.appClientSecret()), connection());
    }

    public TokenSource certificateTokens() {
        Pki.Issued registered = world.read(World::appCertificate);
        return new AppTokenSource(
                authority(),
                new AppCredential.Certificate(World.APP_CLIENT_ID, registered.key(), registered.certificate()),
                connection());
    }

    /** A Graph client for the admin (closed with the fixture). */
    public GraphClient graph() {
        return graph(adminTokens(), RetryPolicy.DEFAULT, GraphClient.MAX_PAGE_SIZE);
    }

    public GraphClient graph(TokenSource tokens, RetryPolicy retry, int pageSize) {
        GraphClient client = new GraphClient(cloud, tokens, connection(), retry, pageSize);
        opened.add(client);
        return client;
    }

    @Override
    public void close() {
        for (AutoCloseable resource : opened) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close " + resource, e);
            }
        }
        server.close();
        java.util.Arrays.fill(adminPassword, '\0');
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
