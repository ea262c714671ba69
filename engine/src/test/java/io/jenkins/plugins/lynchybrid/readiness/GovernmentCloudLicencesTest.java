package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Licences are judged by the service plans of the tenant's cloud: a GCC High tenant holds government plans. */
class GovernmentCloudLicencesTest {
    private static final List<String> USERS = List.of("user00001@contoso.com", "user00020@contoso.com");

    private static Map<String, CheckResult> run(SimulatedReadiness.CloudNames cloud) throws Exception {
        try (SimulatedReadiness hybrid =
                SimulatedReadiness.start(Scenario.GCC_HIGH_TENANT, 20, Faults.none(), ServerVersion.SFB_2019, cloud)) {
            return hybrid.run(ReadinessOptions.defaults().withUsers(USERS)).results().stream()
                    .collect(Collectors.toMap(CheckResult::id, Function.identity()));
        }
    }

    @Test
    void aGccHighSiteJudgesItsUsersByTheGovernmentPlansAndPasses() throws Exception {
        Map<String, CheckResult> results = run(SimulatedReadiness.CloudNames.GCC_HIGH);

        assertEquals(
                Status.PASS,
                results.get(UserChecks.LICENSED).status(),
                results.get(UserChecks.LICENSED).evidence());
        assertEquals(
                Status.PASS,
                results.get(MoveLicenceChecks.VOICE_LICENSED).status(),
                "user00020 is a voice user with MCOEV_GOV: "
                        + results.get(MoveLicenceChecks.VOICE_LICENSED).evidence());
        assertEquals(Status.PASS, results.get(OnPremisesChecks.HOSTING_PROVIDER).status());
    }

    @Test
    void theSameUsersJudgedAsAWorldwideTenantLackTheirTeamsPlan() throws Exception {
        Map<String, CheckResult> results = run(SimulatedReadiness.CloudNames.WORLDWIDE);

        CheckResult licensed = results.get(UserChecks.LICENSED);
        assertEquals(Status.FAIL, licensed.status());
        assertTrue(
                licensed.evidence()
                        .startsWith("2 of 2 user(s) without an enabled Skype for Business Online (Plan 2)"
                                + " and Teams plan of the worldwide and GCC cloud"),
                licensed.evidence());
        assertTrue(licensed.remediation().contains("57ff2da0-773e-42df-b2af-ffb7a2317929"), licensed.remediation());
        assertEquals(Status.FAIL, results.get(OnPremisesChecks.HOSTING_PROVIDER).status());
    }
}
