package io.jenkins.plugins.lynchybrid.configure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.readiness.Status;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every simulator scenario that breaks a hybrid setting: planned exactly, fixed by apply, then stable. */
class ConfigureScenariosTest {
    static final ApplySettings FAST =
            new ApplySettings(Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofMillis(10));

    private static final HybridSite SITE = Sites.site(ServerVersion.LYNC_2013, Cloud.WORLDWIDE);
    private static final Map<String, Object> HEALTHY = hybridSettings(world("healthy"));

    static Stream<Arguments> brokenSettings() {
        return Stream.of(
                Arguments.of(
                        "unconfigured",
                        List.of(
                                "AccessEdgeConfiguration.AllowFederatedUsers",
                                "AccessEdgeConfiguration.EnablePartnerDiscovery",
                                "HostingProvider.ProxyFqdn",
                                "ExternalAccessPolicy.EnableFederationAccess",
                                "TenantFederationConfiguration.SharedSipAddressSpace")),
                Arguments.of("shared-sip-off", List.of("TenantFederationConfiguration.SharedSipAddressSpace")),
                Arguments.of("hosting-provider-missing", List.of("HostingProvider.ProxyFqdn")),
                Arguments.of(
                        "hosting-provider-wrong",
                        List.of("HostingProvider.EnabledSharedAddressSpace", "HostingProvider.VerificationLevel")),
                Arguments.of(
                        "edge-federation-off",
                        List.of(
                                "AccessEdgeConfiguration.AllowFederatedUsers",
                                "AccessEdgeConfiguration.EnablePartnerDiscovery")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSettings")
    void thePlanListsExactlyTheBrokenSettings(String scenario, List<String> expected) {
        World world = world(scenario);

        Plan plan = configurator(world).plan();

        assertEquals(
                expected,
                plan.changes().stream()
                        .map(c -> c.resource().displayName() + "." + c.property())
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSettings")
    void applyConvergesToTheHealthyConfigurationReadinessPassesAndTheNextPlanIsEmpty(
            String scenario, List<String> expected) {
        World world = world(scenario);
        Configurator configurator = configurator(world);

        assertFalse(notPassing(world).isEmpty(), "readiness must see the broken setting before apply");

        ConfigureResult result = configurator.apply();

        assertEquals(
                ConfigureResult.Status.CONVERGED,
                result.status(),
                result.error().orElse(""));
        assertEquals(expected.size(), result.apply().orElseThrow().count(ChangeOutcome.Status.APPLIED));
        assertTrue(configurator.plan().isEmpty());
        assertEquals(HEALTHY, hybridSettings(world));
        assertEquals(List.of(), notPassing(world));
    }

    /** The readiness checks of what configure owns that fail or warn, with their evidence. */
    private static List<String> notPassing(World world) {
        return OnPremisesReadiness.run(SITE, new InProcessLyncShell(world)).stream()
                .filter(r -> r.status() == Status.FAIL || r.status() == Status.WARN)
                .map(r -> r.id() + " " + r.status() + ": " + r.evidence())
                .toList();
    }

    static World world(String scenario) {
        World world = new World(3, "Pa55-w0rd!Contoso".toCharArray());
        Scenario.byId(scenario).apply(world);
        return world;
    }

    static Configurator configurator(World world) {
        return new Configurator(SITE, new InProcessLyncShell(world), FAST);
    }

    /** The settings configure owns, with the hosting providers keyed by ProxyFqdn (their order is not a setting). */
    static Map<String, Object> hybridSettings(World world) {
        return world.read(w -> Map.of(
                "edge",
                new HashMap<>(w.accessEdge()),
                "providers",
                w.hostingProviders().stream().collect(Collectors.toMap(p -> (String) p.get("ProxyFqdn"), HashMap::new)),
                "policies",
                w.externalAccessPolicies().stream().map(HashMap::new).toList(),
                "tenant",
                new HashMap<>(w.tenantFederation())));
    }
}
