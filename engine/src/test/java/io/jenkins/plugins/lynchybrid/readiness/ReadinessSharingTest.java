package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.lynchybrid.adfs.FederationMetadataReader;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Data is fetched once per run and shared: however many checks read the domain list, the organization or the
 * AD FS metadata, the simulated cloud sees one request for each.
 */
class ReadinessSharingTest {
    @Test
    void eachPieceOfTenantDataIsRequestedOncePerRunHoweverManyChecksReadIt() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            ReadinessReport report = hybrid.run(ReadinessOptions.defaults());

            assertEquals(0, report.count(Status.FAIL));
            assertEquals(1, hybrid.cloudRequests("GET", "/v1.0/domains"), "domain list");
            assertEquals(1, hybrid.cloudRequests("GET", "/v1.0/organization"), "organization");
            assertEquals(1, hybrid.cloudRequests("GET", FederationMetadataReader.METADATA_PATH), "AD FS metadata");
        }
    }

    @Test
    void aSecondRunFetchesAgainSoItSeesChangesMadeInBetween() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            hybrid.run(ReadinessOptions.defaults());
            hybrid.world().change(w -> w.tenantFederation().put("SharedSipAddressSpace", false));

            ReadinessReport second = hybrid.run(ReadinessOptions.defaults());

            assertEquals(2, hybrid.cloudRequests("GET", "/v1.0/domains"));
            assertEquals(
                    Status.FAIL,
                    second.results().stream()
                            .filter(r -> r.id().equals(TenantChecks.SHARED_SIP))
                            .findFirst()
                            .orElseThrow()
                            .status());
        }
    }
}
