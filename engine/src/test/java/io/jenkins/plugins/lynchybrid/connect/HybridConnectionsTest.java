package io.jenkins.plugins.lynchybrid.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.graph.Organization;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
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
import io.jenkins.plugins.lynchybrid.testing.WatchedLauncher;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One job's connections: the cloud does not wait for the on-premises shell, nor the shell's start-up for the cloud. */
class HybridConnectionsTest {

    /** Says when a host was started, and when one has imported the Lync shell (its {@code imported} frame). */
    private static final class StartUp implements WatchedLauncher.Watcher {
        private final CountDownLatch launched = new CountDownLatch(1);
        private final CountDownLatch imported = new CountDownLatch(1);

        @Override
        public void launched(int process) {
            launched.countDown();
        }

        @Override
        public void printed(int process, String line) {
            if (line.contains("\"type\":\"imported\"")) {
                imported.countDown();
            }
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
            StartUp startUp = new StartUp();
            WatchedLauncher launcher = new WatchedLauncher(startUp);
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
                assertTrue(startUp.launched.await(30, TimeUnit.SECONDS), "the shell host was started");

                Organization organization = connections.directory().organization();

                assertEquals("Contoso", organization.displayName());
                assertTrue(opener.isAlive(), "the shell was still being opened when Graph answered");
            } finally {
                for (ProcessLauncher.LaunchedProcess process : launcher.processes()) {
                    process.close();
                }
                opener.join(TimeUnit.SECONDS.toMillis(30));
                connections.close();
            }
        }
    }

    @Test
    void theMoveJobsShellAnswersOnPremisesCmdletsBeforeTheCloudSignInAnswersWhileShellWaitsForIt() throws Exception {
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
            StartUp startUp = new StartUp();
            WatchedLauncher launcher = new WatchedLauncher(startUp);
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
                        opened.complete(connections.shellWhileSigningIn());
                    } catch (RuntimeException e) {
                        opened.completeExceptionally(e);
                    }
                });
                opener.setDaemon(true);
                opener.start();

                assertTrue(
                        startUp.imported.await(60, TimeUnit.SECONDS),
                        "the host imported the Lync shell while the cloud sign-in was unanswered");
                LyncShell shell = opened.get(60, TimeUnit.SECONDS);
                assertEquals(
                        1,
                        shell.run(CmdletCall.of("Get-CsAccessEdgeConfiguration"))
                                .size());
                assertEquals(0, world.signIns().attempts(), "a host signed in before the cloud sign-in answered");
                CompletableFuture<LyncShell> signedIn = CompletableFuture.supplyAsync(connections::shell);
                assertFalse(signedIn.isDone(), "shell() returned before its first host signed in");

                silentCloud.close();

                LyncShell signedInShell = signedIn.get(120, TimeUnit.SECONDS);
                assertEquals(
                        1,
                        signedInShell
                                .run(CmdletCall.of("Get-CsTenantFederationConfiguration"))
                                .size());
                assertEquals(1, world.signIns().attempts(), "with the cloud out of reach, the host signed in itself");
            }
        }
    }
}
