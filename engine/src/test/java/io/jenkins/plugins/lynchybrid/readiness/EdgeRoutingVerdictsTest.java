package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the Edge's routing and the sites' federation routes are judged: a default route fails the hybrid (it must be
 * DNS SRV routing with partner discovery), and an empty value is no value at all.
 */
class EdgeRoutingVerdictsTest {
    private static SimulatedReadiness hybrid;
    private static Map<String, Object> healthyAccessEdge;
    private static List<Map<String, Object>> healthySites;

    @BeforeAll
    static void start() {
        hybrid = SimulatedReadiness.start(Scenario.HEALTHY);
        hybrid.world().change(w -> {
            healthyAccessEdge = new LinkedHashMap<>(w.accessEdge());
            healthySites = w.sites().stream()
                    .map(site -> (Map<String, Object>) new LinkedHashMap<>(site))
                    .toList();
        });
    }

    @AfterEach
    void restore() {
        hybrid.world().change(w -> {
            w.accessEdge().clear();
            w.accessEdge().putAll(healthyAccessEdge);
            w.sites().clear();
            healthySites.forEach(site -> w.sites().add(new LinkedHashMap<>(site)));
        });
    }

    @AfterAll
    static void stop() throws IOException {
        hybrid.close();
    }

    private static CheckResult after(Consumer<World> change, String check) {
        hybrid.world().change(change);
        return new ReadinessRunner(Catalogue.standard(), ReadinessOptions.defaults())
                .run(hybrid.sources()).results().stream()
                        .collect(Collectors.toMap(CheckResult::id, Function.identity()))
                        .get(check);
    }

    @Test
    void anEdgeWithADefaultRouteFailsNamingTheRouteAndTheSwitchToDnsSrvRouting() {
        CheckResult result = after(
                w -> w.accessEdge().put("DefaultRouteFqdn", "sipfed.online.lync.com"), OnPremisesChecks.EDGE_ROUTING);

        assertEquals(Status.FAIL, result.status(), result.evidence());
        assertEquals("Get-CsAccessEdgeConfiguration DefaultRouteFqdn=sipfed.online.lync.com", result.evidence());
        assertTrue(result.remediation().contains("-UseDnsSrvRouting"), result.remediation());
    }

    @Test
    void anEmptyDefaultRouteIsDnsSrvRouting() {
        CheckResult result = after(w -> w.accessEdge().put("DefaultRouteFqdn", ""), OnPremisesChecks.EDGE_ROUTING);

        assertEquals(Status.PASS, result.status(), result.evidence());
        assertEquals("Get-CsAccessEdgeConfiguration has no DefaultRouteFqdn: DNS SRV routing", result.evidence());
    }

    @Test
    void aSiteWithAnEmptyFederationRouteDoesNotCountAsASecondRoute() {
        CheckResult result = after(
                w -> {
                    Map<String, Object> branch = new LinkedHashMap<>(w.sites().get(0));
                    branch.put("Identity", "Site:Branch");
                    branch.put("FederationRoute", "");
                    w.sites().add(branch);
                },
                OnPremisesChecks.SINGLE_FEDERATION_EDGE);

        assertEquals(Status.PASS, result.status(), result.evidence());
        assertTrue(result.evidence().contains("(2 site(s)"), result.evidence());
    }
}
