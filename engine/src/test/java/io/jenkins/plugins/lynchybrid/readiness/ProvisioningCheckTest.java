package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** users.online-provisioned: the listed users the hosted migration service would refuse, named by cause. */
class ProvisioningCheckTest {
    private static final List<String> USERS = IntStream.rangeClosed(1, 30)
            .mapToObj(i -> String.format("user%05d@contoso.com", i))
            .toList();

    @Test
    void eachUserTheServiceWouldRefuseIsNamedWithItsCauseAndFix() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.USERS_PROVISIONING_MIXED, 30, faults())) {
            CheckResult result = result(hybrid.run(ReadinessOptions.defaults().withUsers(USERS)));

            assertEquals(Status.FAIL, result.status(), result.evidence());
            assertTrue(
                    result.evidence().contains("1 still being provisioned online (fault 507 until done): user00001"),
                    result.evidence());
            assertTrue(
                    result.evidence().contains("1 with UserValidationErrors (fault 506): user00002"),
                    result.evidence());
            assertTrue(
                    result.evidence().contains("1 whose msRTCSIP attributes have not synced (fault 506): user00003"),
                    result.evidence());
            assertTrue(result.remediation().contains("Wait until provisioning completes"), result.remediation());
        }
    }

    @Test
    void aProvisionedListPassesAndNoListIsNotApplicable() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY, 30, faults())) {
            assertEquals(
                    Status.PASS,
                    result(hybrid.run(ReadinessOptions.defaults().withUsers(USERS)))
                            .status());
            assertEquals(
                    Status.SKIPPED,
                    result(hybrid.run(ReadinessOptions.defaults())).status());
        }
    }

    private static io.jenkins.plugins.lynchybrid.simulator.world.Faults faults() {
        return io.jenkins.plugins.lynchybrid.simulator.world.Faults.none();
    }

    private static CheckResult result(ReadinessReport report) {
        return report.results().stream()
                .filter(r -> r.id().equals(ProvisioningCheck.ID))
                .findFirst()
                .orElseThrow();
    }
}
