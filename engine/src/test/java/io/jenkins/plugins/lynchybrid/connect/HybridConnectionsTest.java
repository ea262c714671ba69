package io.jenkins.plugins.lynchybrid.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.graph.Organization;
import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.shell.ProcessLauncher;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One job's connections: the cloud does not wait for the on-premises shell. */
class HybridConnectionsTest {

    /** Starts real processes and says when one was started, so the test knows the shell is being opened. */
    private static final class WatchedLauncher implements ProcessLauncher {
        private final ProcessLauncher local = new LocalProcessLauncher();
        private final CountDownLatch launched = new CountDownLatch(1);
        private final List<LaunchedProcess> processes = new CopyOnWriteArrayList<>();

        @Override
        public LaunchedProcess launch(List<String> command) throws IOException {
            LaunchedProcess process = local.launch(command);
            processes.add(process);
            launched.countDown();
            return process;
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
}
