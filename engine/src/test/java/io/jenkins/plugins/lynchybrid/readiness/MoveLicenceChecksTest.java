package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The move's licence pre-checks U6 and U7, run by readiness against the simulated hybrid's listed users: a build
 * gate on a batch CSV warns about the users the night's move would refuse.
 */
class MoveLicenceChecksTest {
    /** The simulator makes every 20th user an Enterprise Voice user, licensed for Phone System. */
    private static final String VOICE_USER = "user00020@contoso.com";

    private static final String PLAIN_USER = "user00003@contoso.com";
    private static final List<String> LISTED = List.of("user00001@contoso.com", PLAIN_USER, VOICE_USER);

    @Test
    void anEnterpriseVoiceUserWithoutPhoneSystemIsWarnedAboutByNameWithTheLicenceToAssign() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            hybrid.world().change(w -> w.unassign(user(w, VOICE_USER), OnPremUser.AssignedPlan.PHONE_SYSTEM));

            CheckResult voice = result(hybrid.run(listed()), MoveLicenceChecks.VOICE_LICENSED);

            assertEquals(Status.WARN, voice.status(), voice.evidence());
            assertTrue(voice.evidence().contains("1 of 3"), voice.evidence());
            assertTrue(voice.evidence().contains(VOICE_USER), voice.evidence());
            assertTrue(voice.remediation().contains("Assign Phone System (MCOEV)"), voice.remediation());
        }
    }

    @Test
    void onLyncServer2013TheWarningSaysTheBypassCannotHelp() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            hybrid.world().change(w -> w.unassign(user(w, VOICE_USER), OnPremUser.AssignedPlan.PHONE_SYSTEM));

            CheckResult voice = result(hybrid.run(listed()), MoveLicenceChecks.VOICE_LICENSED);

            assertTrue(
                    voice.evidence().contains("Lync Server 2013's Move-CsUser has no -BypassEnterpriseVoiceCheck"),
                    voice.evidence());
            assertFalse(voice.remediation().contains("allowBypass"), voice.remediation());
        }
    }

    @Test
    void onSkypeForBusinessServer2019TheFixOffersTheBypassAndTheSwitchItAdds() throws Exception {
        try (SimulatedReadiness hybrid =
                SimulatedReadiness.start(Scenario.HEALTHY, 20, Faults.none(), ServerVersion.SFB_2019)) {
            hybrid.world().change(w -> {
                w.install(ServerProduct.SFB_2019);
                w.unassign(user(w, VOICE_USER), OnPremUser.AssignedPlan.PHONE_SYSTEM);
            });

            CheckResult voice = result(hybrid.run(listed()), MoveLicenceChecks.VOICE_LICENSED);

            assertEquals(Status.WARN, voice.status(), voice.evidence());
            assertTrue(
                    voice.remediation()
                            .contains("allowBypass: true (pipeline) or --allow-bypass (CLI) adds"
                                    + " -BypassEnterpriseVoiceCheck"),
                    voice.remediation());
        }
    }

    @Test
    void anEnterpriseVoiceUserWithPhoneSystemPasses() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            CheckResult voice = result(hybrid.run(listed()), MoveLicenceChecks.VOICE_LICENSED);

            assertEquals(Status.PASS, voice.status(), voice.evidence());
        }
    }

    @Test
    void aDialInUserWithoutAudioConferencingIsWarnedAboutByName() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            hybrid.world().change(w -> w.grantConferencingPolicy(user(w, PLAIN_USER), World.DIAL_IN_POLICY));

            ReadinessReport report = hybrid.run(listed());

            CheckResult dialIn = result(report, MoveLicenceChecks.DIAL_IN_LICENSED);
            assertEquals(Status.WARN, dialIn.status(), dialIn.evidence());
            assertTrue(dialIn.evidence().contains(PLAIN_USER), dialIn.evidence());
            assertTrue(dialIn.remediation().contains("Assign Audio Conferencing (MCOMEETADV)"), dialIn.remediation());
            assertEquals(
                    Status.PASS,
                    result(report, MoveLicenceChecks.VOICE_LICENSED).status());
        }
    }

    @Test
    void aDialInUserWithAudioConferencingPasses() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            hybrid.world().change(w -> {
                w.grantConferencingPolicy(user(w, PLAIN_USER), World.DIAL_IN_POLICY);
                w.assign(user(w, PLAIN_USER), OnPremUser.AssignedPlan.AUDIO_CONFERENCING);
            });

            CheckResult dialIn = result(hybrid.run(listed()), MoveLicenceChecks.DIAL_IN_LICENSED);

            assertEquals(Status.PASS, dialIn.status(), dialIn.evidence());
        }
    }

    @Test
    void aListedUserTheTenantKnowsButGetCsUserDoesNotFindIsReportedOnceUnderTheVoiceCheck() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            // Graph finds a user by object id, which Get-CsUser does not take as an identity.
            String objectId = hybrid.world().read(w -> user(w, PLAIN_USER).objectId());

            ReadinessReport report = hybrid.run(ReadinessOptions.defaults().withUsers(List.of(VOICE_USER, objectId)));

            CheckResult voice = result(report, MoveLicenceChecks.VOICE_LICENSED);
            assertEquals(Status.WARN, voice.status(), voice.evidence());
            assertTrue(voice.evidence().contains(objectId + " (not found by Get-CsUser)"), voice.evidence());
            assertEquals(
                    Status.PASS,
                    result(report, MoveLicenceChecks.DIAL_IN_LICENSED).status());
            assertEquals(Status.PASS, result(report, UserChecks.SYNCED).status());
        }
    }

    @Test
    void withoutAUserListNeitherCheckApplies() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY)) {
            ReadinessReport report = hybrid.run(ReadinessOptions.defaults());

            assertEquals(
                    Status.SKIPPED,
                    result(report, MoveLicenceChecks.VOICE_LICENSED).status());
            assertEquals(
                    Status.SKIPPED,
                    result(report, MoveLicenceChecks.DIAL_IN_LICENSED).status());
        }
    }

    @Test
    void aFiveThousandUserListIsJudgedInFullInBatchedReads() throws Exception {
        try (SimulatedReadiness hybrid = SimulatedReadiness.start(Scenario.HEALTHY, 5_000, Faults.none())) {
            List<String> wholeMigration = IntStream.rangeClosed(1, 5_000)
                    .mapToObj(i -> String.format(Locale.ROOT, "user%05d@contoso.com", i))
                    .toList();
            // the last Enterprise Voice user of the list, so only a judgement of every user finds them
            hybrid.world()
                    .change(w -> w.unassign(user(w, "user05000@contoso.com"), OnPremUser.AssignedPlan.PHONE_SYSTEM));
            hybrid.world().shellCalls().reset();

            ReadinessReport report = hybrid.run(ReadinessOptions.defaults().withUsers(wholeMigration));

            CheckResult voice = result(report, MoveLicenceChecks.VOICE_LICENSED);
            assertEquals(Status.WARN, voice.status(), voice.evidence());
            assertTrue(voice.evidence().contains("1 of 5000 user(s) on-premises"), voice.evidence());
            assertTrue(voice.evidence().contains("user05000@contoso.com"), voice.evidence());
            CheckResult dialIn = result(report, MoveLicenceChecks.DIAL_IN_LICENSED);
            assertEquals(Status.PASS, dialIn.status(), dialIn.evidence());
            assertTrue(dialIn.evidence().contains("5000 user(s) on-premises checked"), dialIn.evidence());
            // 5,000 users in batches of 100, and no user read on their own
            assertEquals(50, hybrid.world().shellCalls().of("Get-CsUser", "LdapFilter"));
            assertEquals(0, hybrid.world().shellCalls().of("Get-CsUser", "Identity"));
        }
    }

    private static ReadinessOptions listed() {
        return ReadinessOptions.defaults().withUsers(LISTED);
    }

    private static OnPremUser user(World world, String upn) {
        return world.user(upn).orElseThrow();
    }

    private static CheckResult result(ReadinessReport report, String id) {
        return report.results().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
