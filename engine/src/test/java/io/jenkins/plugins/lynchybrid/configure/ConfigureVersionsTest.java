package io.jenkins.plugins.lynchybrid.configure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.readiness.CheckResult;
import io.jenkins.plugins.lynchybrid.readiness.Status;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
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

    /**
     * A tenant with external access off: configure turns AllowFederatedUsers on for every version, Lync Server 2013
     * included, and readiness (which requires it, plan-hybrid-connectivity) then agrees the hybrid is configured.
     */
    @ParameterizedTest
    @EnumSource(ServerVersion.class)
    void theTenantsAllowFederatedUsersIsManagedForEveryVersionSoReadinessAndConfigureAgree(ServerVersion version) {
        World world = new World(3, "Pa55-w0rd!Contoso".toCharArray());
        world.change(w -> {
            w.install(ServerProduct.valueOf(version.name()));
            w.tenantFederation().put("AllowFederatedUsers", false);
        });
        HybridSite site = Sites.site(version, Cloud.WORLDWIDE);
        Configurator configurator = new Configurator(site, new InProcessLyncShell(world), ConfigureScenariosTest.FAST);
        assertEquals(
                Status.FAIL,
                parity(site, world).status(),
                "readiness requires the tenant's AllowFederatedUsers before configure runs");

        ConfigureResult result = configurator.apply();

        assertEquals(
                ConfigureResult.Status.CONVERGED,
                result.status(),
                result.error().orElse(""));
        assertEquals(Boolean.TRUE, world.read(w -> w.tenantFederation().get("AllowFederatedUsers")));
        assertEquals(
                Status.PASS, parity(site, world).status(), parity(site, world).evidence());
    }

    private static CheckResult parity(HybridSite site, World world) {
        return OnPremisesReadiness.run(site, new InProcessLyncShell(world)).stream()
                .filter(r -> r.id().equals("onprem.federation-parity"))
                .findFirst()
                .orElseThrow();
    }
}
