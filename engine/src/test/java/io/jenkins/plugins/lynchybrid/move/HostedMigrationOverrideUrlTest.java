package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.byUser;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.key;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.HostedMigrationOverride;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code hostedMigrationOverrideUrl: fromTenant}: derived from Get-CsTenant for a synced admin, never sent for a
 * *.onmicrosoft.com one; a URL the site gives is sent as given.
 */
class HostedMigrationOverrideUrlTest {
    private static final String DERIVED = "https://admin4a.online.lync.com/HostedMigration/hostedmigrationService.svc";

    private static HybridSite with(HybridSite site, String admin, URI override) {
        return new HybridSite(
                site.name(),
                site.sipDomains(),
                site.tenant(),
                site.poolFqdn(),
                site.edgeAccessFqdn(),
                site.edgeProbeAddress(),
                site.serverVersion(),
                site.cloud(),
                site.publicClientId(),
                admin,
                site.appRegistration(),
                Optional.of(override),
                site.trustStore(),
                site.dnsResolver(),
                site.proxy(),
                site.shell(),
                site.federation());
    }

    /** The -HostedMigrationOverrideUrl of each Move-CsUser the service received. */
    private static List<Object> sentUrls(MoveFixture hybrid) {
        return hybrid.world()
                .read(w -> w.changes().stream()
                        .filter(c -> c.operation().equals("Move-CsUser"))
                        .map(c -> c.parameters().getOrDefault("HostedMigrationOverrideUrl", "(none)"))
                        .toList());
    }

    @Test
    void aSyncedAdminGetsTheUrlDerivedFromTheTenantsServiceInstance() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(2)) {
            HybridSite site = with(hybrid.site(), "lyncadmin@contoso.com", HostedMigrationOverride.FROM_TENANT);

            MoveResult result = hybrid.run(hybrid.users(1, 1), options(Home.ONLINE), Optional.empty(), site);

            assertEquals(UserOutcome.Status.MOVED, byUser(result).get(key(1)).status());
            assertEquals(List.of(DERIVED), sentUrls(hybrid));
        }
    }

    @Test
    void anOnMicrosoftAdminNeverSendsItAndTheTenantIsNotAsked() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(2)) {
            // a ServiceInstance nobody could read: asking the tenant would stop the job
            hybrid.world().change(w -> w.serviceInstance("unreadable"));
            HybridSite site = with(hybrid.site(), World.ADMIN_USERNAME, HostedMigrationOverride.FROM_TENANT);

            MoveResult result = hybrid.run(hybrid.users(1, 1), options(Home.ONLINE), Optional.empty(), site);

            assertEquals(UserOutcome.Status.MOVED, byUser(result).get(key(1)).status());
            assertEquals(List.of("(none)"), sentUrls(hybrid));
        }
    }

    @Test
    void aServiceInstanceThatGivesNoAdminHostStopsTheJobBeforeAnyMoveNamingIt() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(2)) {
            hybrid.world().change(w -> w.serviceInstance("unreadable"));
            HybridSite site = with(hybrid.site(), "lyncadmin@contoso.com", HostedMigrationOverride.FROM_TENANT);

            ConfigurationException stopped = assertThrows(
                    ConfigurationException.class,
                    () -> hybrid.run(hybrid.users(1, 1), options(Home.ONLINE), Optional.empty(), site));

            assertTrue(stopped.getMessage().contains("ServiceInstance 'unreadable'"), stopped.getMessage());
            assertEquals(List.of(), sentUrls(hybrid));
        }
    }

    @Test
    void aUrlTheSiteGivesIsSentAsGivenWhoeverTheAdminIs() throws Exception {
        String given = "https://admin1a.online.lync.com/HostedMigration/hostedmigrationService.svc";
        try (MoveFixture hybrid = new MoveFixture(2)) {
            HybridSite site = with(hybrid.site(), "lyncadmin@contoso.com", URI.create(given));

            hybrid.run(hybrid.users(1, 1), options(Home.ONLINE), Optional.empty(), site);

            assertEquals(List.of(given), sentUrls(hybrid));
        }
    }
}
