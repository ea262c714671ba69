package io.jenkins.plugins.lynchybrid.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.graph.Organization;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.ProcessLauncher;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One job's connections: the cloud does not wait for the on-premises shell, nor the shell's start-up for the cloud. */
class HybridConnectionsTest {

    /**
     * Starts real processes and says when one was started, and when one has imported the Lync shell (its
     * {@code imported} frame went by on stdout), so the test knows how far the shell has been opened.
     */
    private static final class WatchedLauncher implements ProcessLauncher {
        private static final byte[] IMPORTED = "{\"type\":\"imported\"}".getBytes(StandardCharsets.UTF_8);
        private final ProcessLauncher local = new LocalProcessLauncher();
        private final CountDownLatch launched = new CountDownLatch(1);
        private final CountDownLatch imported = new CountDownLatch(1);
        private final List<LaunchedProcess> processes = new CopyOnWriteArrayList<>();

        @Override
        public LaunchedProcess launch(List<String> command) throws IOException {
            LaunchedProcess process = local.launch(command);
            processes.add(process);
            launched.countDown();
            return new LaunchedProcess() {
                private final InputStream stdout = new WatchedStdout(process.stdout());

                @Override
                public OutputStream stdin() {
                    return process.stdin();
                }

                @Override
                public InputStream stdout() {
                    return stdout;
                }

                @Override
                public InputStream stderr() {
                    return process.stderr();
                }

                @Override
                public boolean isAlive() {
                    return process.isAlive();
                }

                @Override
                public void close() {
                    process.close();
                }
            };
        }

        /** Counts {@link #imported} down once the frame's bytes have passed. */
        private final class WatchedStdout extends FilterInputStream {
            private int matched;

            WatchedStdout(InputStream in) {
                super(in);
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    watch((byte) b);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                for (int i = 0; i < n; i++) {
                    watch(buffer[offset + i]);
                }
                return n;
            }

            private void watch(byte b) {
                matched = b == IMPORTED[matched] ? matched + 1 : (b == IMPORTED[0] ? 1 : 0);
                if (matched == IMPORTED.length) {
                    imported.countDown();
                    matched = 0;
                }
            }
        }

        @Override
        public boolean windows() {
            return local.windows();
        }

        @Override
        public StagedFile stage(String fileName, byte[] content) throws IOException {
            return local.stage(fileName, content);
        }
    }

    @Test
    void graphAnswersWhileAHungShellHostIsStillBeingOpened() throws Exception {
        try (SimulatedCloud cloud = SimulatedCloud.start(1)) {
            // a host that never says hello: the handshake waits for it
            HybridSite site = TestSites.contoso(
                    Optional.empty(),
                    Optional.of(cloud.trustStore()),
                    Optional.empty(),
                    cloud.cloud(),
                    ServerVersion.LYNC_2013,
                    new ShellSettings(List.of("sleep", "60"), 1, Duration.ofSeconds(60), null));
            WatchedLauncher launcher = new WatchedLauncher();
            HybridConnections connections = new HybridConnections(
                    site,
                    new AccountCredential(World.ADMIN_USERNAME, cloud.adminPassword()),
                    Optional.empty(),
                    Optional.empty(),
                    launcher,
                    notice -> {});
            Thread opener = new Thread(() -> {
                try {
                    connections.shell();
                } catch (RuntimeException expectedOnceTheHostIsKilled) {
                    // the host is killed when the test ends
                }
            });
            opener.setDaemon(true);
            try {
                opener.start();
                assertTrue(launcher.launched.await(30, TimeUnit.SECONDS), "the shell host was started");

                Organization organization = connections.directory().organization();

                assertEquals("Contoso", organization.displayName());
                assertTrue(opener.isAlive(), "the shell was still being opened when Graph answered");
            } finally {
                for (ProcessLauncher.LaunchedProcess process : launcher.processes) {
                    process.close();
                }
                opener.join(TimeUnit.SECONDS.toMillis(30));
                connections.close();
            }
        }
    }

    @Test
    void theFirstHostImportsTheShellWhileTheCloudSignInIsOutAndSignsInOnlyOnceItHasAnswered() throws Exception {
        World world = new World(1, "Tenant-pw-1".toCharArray());
        try (ServerSocket silentCloud = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                SimulatedShellHost hosts = new SimulatedShellHost(world)) {
            // a cloud that takes connections and never answers: the sign-in stays out until the socket closes
            URI base = URI.create("https://127.0.0.1:" + silentCloud.getLocalPort() + "/");
            HybridSite site = TestSites.contoso(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    new Cloud(
                            "custom",
                            base,
                            base,
                            Cloud.WORLDWIDE.hostingProviderFqdn(),
                            Cloud.WORLDWIDE.autodiscoverUrl()),
                    ServerVersion.LYNC_2013,
                    hosts.settings(1, Duration.ofSeconds(60)));
            WatchedLauncher launcher = new WatchedLauncher();
            try (HybridConnections connections = new HybridConnections(
                    site,
                    new AccountCredential(World.ADMIN_USERNAME, "Tenant-pw-1".toCharArray()),
                    Optional.empty(),
                    Optional.empty(),
                    launcher,
                    notice -> {})) {
                CompletableFuture<LyncShell> opened = new CompletableFuture<>();
                Thread opener = new Thread(() -> {
                    try {
                        opened.complete(connections.shell());
                    } catch (RuntimeException e) {
                        opened.completeExceptionally(e);
                    }
                });
                opener.setDaemon(true);
                opener.start();

                assertTrue(
                        launcher.imported.await(60, TimeUnit.SECONDS),
                        "the host imported the Lync shell while the cloud sign-in was unanswered");
                assertEquals(0, world.signIns().attempts(), "a host signed in before the cloud sign-in answered");

                silentCloud.close();

                LyncShell shell = opened.get(120, TimeUnit.SECONDS);
                assertEquals(
                        1,
                        shell.run(CmdletCall.of("Get-CsAccessEdgeConfiguration"))
                                .size());
                assertEquals(1, world.signIns().attempts(), "with the cloud out of reach, the host signed in itself");
            }
        }
    }
}
