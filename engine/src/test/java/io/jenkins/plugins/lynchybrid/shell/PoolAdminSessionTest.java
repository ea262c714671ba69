package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The on-premises admin signs the host's remote OcsPowershell session in, when the site names a remote pool. */
class PoolAdminSessionTest {
    private static final String PASSWORD = "tenant-admin-pw";
    private static final String POOL_URL = "https://pool01.contoso.com/OcsPowershell";

    private final SimulatedShellHost simulated = new SimulatedShellHost(new World(5, PASSWORD.toCharArray()));

    @AfterEach
    void closeSimulator() {
        simulated.close();
    }

    private ShellHostPool start(String poolPassword) {
        return ShellHostPool.start(
                new ShellSettings(simulated.command(), 1, Duration.ofSeconds(30), POOL_URL),
                new LocalProcessLauncher(),
                simulated.command(),
                new AccountCredential(World.ADMIN_USERNAME, PASSWORD.toCharArray()),
                Optional.of(new AccountCredential(World.POOL_ADMIN_USERNAME, poolPassword.toCharArray())));
    }

    @Test
    void thePoolAdminOpensTheRemoteSessionOfTheHost() {
        try (ShellHostPool shell = start(simulated.world().poolAdminPassword())) {
            shell.run(CmdletCall.of("Get-CsAccessEdgeConfiguration"));
        }
        assertEquals(List.of(World.POOL_ADMIN_USERNAME), simulated.world().poolSessionUsers());
    }

    @Test
    void aWrongPoolAdminPasswordFailsTheStartWithAccessDenied() {
        ShellException e = assertThrows(ShellException.class, () -> start("not-the-pool-password"));
        assertTrue(e.getMessage().contains("Access is denied"), e.getMessage());
        assertEquals(List.of(), simulated.world().poolSessionUsers());
    }
}
