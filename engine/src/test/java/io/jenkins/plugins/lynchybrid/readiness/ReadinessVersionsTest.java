package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Readiness on each server version's cmdlet surface: every call binds and a healthy hybrid is ready. */
class ReadinessVersionsTest {

    @ParameterizedTest
    @EnumSource(ServerVersion.class)
    void aHealthyHybridIsReadyWithoutASingleRefusedCall(ServerVersion version) throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY, 20, Faults.none(), version)) {
            ReadinessReport report =
                    hybrid.run(ReadinessOptions.defaults().withUsers(List.of("user00001@contoso.com")));

            assertTrue(report.ready(FailOn.WARN), () -> ReadinessConsole.render(report, FailOn.WARN));
            assertEquals(List.of(), hybrid.world().read(w -> List.copyOf(w.refusedCalls())));
            assertEquals(
                    Status.PASS,
                    report.results().stream()
                            .filter(r -> r.id().equals(OnPremisesChecks.SERVER_BUILD))
                            .findFirst()
                            .orElseThrow()
                            .status());
        }
    }
}
