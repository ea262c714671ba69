package io.jenkins.plugins.lynchybrid.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.ExitStatus;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The notify action: on Skype for Business Server 2019 it grants the notifying TeamsUpgradePolicy; elsewhere it says it cannot. */
class NotifyJobTest {
    private final World world = new World(5, "pw".toCharArray());

    @Test
    void onSkypeForBusinessServer2019EveryUserIsGrantedAPolicyThatNotifiesThem() {
        NotifyResult result = job(ServerVersion.SFB_2019).run(users(1, 3));

        assertEquals(
                3,
                result.count(NotifyOutcome.Status.NOTIFIED),
                result.outcomes().toString());
        assertEquals(ExitStatus.DONE, result.exitStatus());
        world.read(w -> {
            assertEquals(
                    Boolean.TRUE,
                    w.teamsUpgradePolicies()
                            .instance(NotifyJob.POLICY)
                            .orElseThrow()
                            .get("NotifySfbUsers"));
            for (int i = 1; i <= 3; i++) {
                assertTrue(w.teamsUpgradePolicies().notified(w.user(sip(i)).orElseThrow()), sip(i));
            }
            assertTrue(!w.teamsUpgradePolicies().notified(w.user(sip(4)).orElseThrow()), "nobody else is notified");
            assertEquals(List.of(), w.refusedCalls());
            return null;
        });
    }

    @Test
    void aSecondRunReusesThePolicyAndNotifiesTheNextUsers() {
        job(ServerVersion.SFB_2019).run(users(1, 2));

        NotifyResult again = job(ServerVersion.SFB_2019).run(users(1, 4));

        assertEquals(
                4, again.count(NotifyOutcome.Status.NOTIFIED), again.outcomes().toString());
        long created = world.read(w -> w.changes().stream()
                .filter(c -> c.operation().equals("New-CsTeamsUpgradePolicy"))
                .count());
        assertEquals(1, created);
    }

    @Test
    void aUserAlreadyOnlineIsSkippedAsThePolicyDoesNotApplyToThem() {
        world.change(w -> w.rehome(w.user(sip(2)).orElseThrow(), World.SIPFED, null));

        NotifyResult result = job(ServerVersion.SFB_2019).run(users(1, 2));

        assertEquals(NotifyOutcome.Status.SKIPPED, result.outcomes().get(1).status());
        assertTrue(result.outcomes().get(1).reason().contains("already online"));
    }

    @ParameterizedTest
    @EnumSource(
            value = ServerVersion.class,
            names = {"SFB_2015", "LYNC_2013"})
    void otherVersionsSayTheyCannotNotifyAndChangeNothing(ServerVersion version) {
        ConfigurationException refused =
                assertThrows(ConfigurationException.class, () -> job(version).run(users(1, 2)));

        assertTrue(refused.getMessage().contains("cannot notify"), refused.getMessage());
        assertTrue(refused.getMessage().contains(version.productName()), refused.getMessage());
        assertEquals(ExitStatus.USAGE, ExitStatus.of(refused));
        assertEquals(List.of(), world.read(World::changes));
    }

    @Test
    void microsoftsContractLeavesNoWayToCreateTheNotifyingPolicyOnSkypeForBusinessServer2015() {
        world.change(w -> w.install(ServerProduct.SFB_2015));
        try (InProcessLyncShell shell = new InProcessLyncShell(world)) {
            ShellException refused = assertThrows(
                    ShellException.class, () -> shell.run(Calls.newNotifyingTeamsUpgradePolicy(NotifyJob.POLICY)));

            assertTrue(refused.serviceMessage().contains("Identity"), refused.serviceMessage());
        }
    }

    private NotifyJob job(ServerVersion version) {
        world.change(w -> w.install(ServerProduct.valueOf(version.name())));
        return new NotifyJob(site(version), new InProcessLyncShell(world));
    }

    private static HybridSite site(ServerVersion version) {
        return TestSites.contoso(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Cloud.WORLDWIDE,
                version,
                new ShellSettings(List.of("pwsh"), 1, Duration.ofMinutes(1), null));
    }

    private static List<UserRef> users(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> UserRef.ofSip(sip(i), "test"))
                .toList();
    }

    private static String sip(int i) {
        return String.format("sip:user%05d@contoso.com", i);
    }
}
