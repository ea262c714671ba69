package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connections a job opens from a site file reach both halves of the simulated hybrid. */
class HybridConnectionsTest {
    private static final char[] PASSWORD = "Pa55-w0rd!connections".toCharArray();
    private static SimulatedHybrid hybrid;
    private static HybridSite site;

    @BeforeAll
    static void start(@TempDir Path dir) {
        hybrid = SimulatedHybrid.start(Scenario.SHARED_SIP_OFF, 10, PASSWORD, Faults.none());
        site = SimulatedSite.describe(hybrid, dir.resolve("trust.p12"));
    }

    @AfterAll
    static void stop() {
        hybrid.close();
    }

    private static HybridConnections open(char[] password, List<String> notices) {
        return new HybridConnections(
                site,
                new AccountCredential(site.adminUsername(), password),
                Optional.empty(),
                Optional.empty(),
                new LocalProcessLauncher(),
                notices::add);
    }

    @Test
    void theShellAndGraphSeeTheSameTenant() {
        List<String> notices = new ArrayList<>();
        try (HybridConnections connections = open(PASSWORD, notices)) {
            boolean shared = connections
                    .shell()
                    .run(CmdletCall.of("Get-CsTenantFederationConfiguration"))
                    .get(0)
                    .flag("SharedSipAddressSpace")
                    .orElseThrow();
            String tenantId = connections.directory().organization().id();

            assertFalse(shared);
            assertEquals(hybrid.world().tenantId(), tenantId);
        }
        assertTrue(notices.stream().anyMatch(n -> n.toLowerCase().contains("deprecated")), notices.toString());
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() {
        char[] wrong = "Not-The-Password-42".toCharArray();
        try (HybridConnections connections = open(wrong, new ArrayList<>())) {
            RuntimeException e = assertThrows(RuntimeException.class, connections::shell);
            assertFalse(String.valueOf(e.getMessage()).contains("Not-The-Password-42"), e.getMessage());
            assertTrue(e instanceof ShellException || e.getCause() != null, e.toString());
        }
    }
}
