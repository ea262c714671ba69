package io.jenkins.plugins.lynchybrid.configure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Plan and apply on each server version's cmdlet surface: every call binds and the hybrid converges. */
class ConfigureVersionsTest {

    @ParameterizedTest
    @EnumSource(ServerVersion.class)
    void anUnconfiguredHybridConvergesWithoutASingleRefusedCall(ServerVersion version) {
        World world = new World(3, "Pa55-w0rd!Contoso".toCharArray());
        world.change(w -> w.install(ServerProduct.valueOf(version.name())));
        Scenario.UNCONFIGURED.apply(world);
        Configurator configurator = new Configurator(
                Sites.site(version, Cloud.WORLDWIDE), new InProcessLyncShell(world), ConfigureScenariosTest.FAST);

        assertFalse(configurator.plan().isEmpty());
        ConfigureResult result = configurator.apply();

        assertEquals(
                ConfigureResult.Status.CONVERGED,
                result.status(),
                result.error().orElse(""));
        assertTrue(configurator.plan().isEmpty());
        assertEquals(List.of(), world.read(w -> List.copyOf(w.refusedCalls())));
        boolean oneCall = world.read(w -> w.changes().stream()
                .anyMatch(c -> c.operation().equals("Set-CsAccessEdgeConfiguration")
                        && Boolean.TRUE.equals(c.parameters().get("UseDnsSrvRouting"))
                        && Boolean.TRUE.equals(c.parameters().get("EnablePartnerDiscovery"))));
        assertTrue(oneCall, "routing and partner discovery are set in one call");
    }
}
