package io.jenkins.plugins.lynchybrid.configure;

import static io.jenkins.plugins.lynchybrid.configure.ConfigureScenariosTest.FAST;
import static io.jenkins.plugins.lynchybrid.configure.ConfigureScenariosTest.configurator;
import static io.jenkins.plugins.lynchybrid.configure.ConfigureScenariosTest.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dry run, partial failure, replication, the one-writer rule and the Teams-era flow, on the simulated shell. */
class ConfigureApplyTest {

    @Test
    void aDryRunPlansEveryChangeAndChangesNothing() {
        World world = world("unconfigured");

        ConfigureResult result = configurator(world).dryRun();

        assertEquals(ConfigureResult.Status.PLANNED, result.status());
        assertEquals(5, result.plan().orElseThrow().changes().size());
        assertEquals(List.of(), world.read(w -> List.copyOf(w.changes())));
    }

    @Test
    void aStateThatCannotBeReadFailsTheRunWithTheCmdletAndTheShellsWords() {
        World world = world("unconfigured");
        world.change(w -> w.externalAccessPolicies().clear());

        ConfigureResult result = configurator(world).apply();

        assertEquals(ConfigureResult.Status.FAILED, result.status());
        assertTrue(result.plan().isEmpty());
        String error = result.error().orElseThrow();
        assertTrue(error.startsWith("could not read the current configuration: Get-CsExternalAccessPolicy: "), error);
        assertTrue(error.contains("Global"), error);
        assertEquals(List.of(), world.read(w -> List.copyOf(w.changes())));
    }

    @Test
    void aHealthyHybridIsAlreadyConvergedAndNothingIsWritten() {
        World world = world("healthy");

        ConfigureResult result = configurator(world).apply();

        assertEquals(ConfigureResult.Status.CONVERGED, result.status());
        assertTrue(result.plan().orElseThrow().isEmpty());
        assertEquals(List.of(), world.read(w -> List.copyOf(w.changes())));
    }

    @Test
    void aFailingChangeStopsTheApplyAndARerunCompletesTheRest() {
        World world = world("unconfigured");
        Configurator configurator = configurator(world);
        Plan plan = configurator.plan();
        world.change(w -> w.hostingProviders().add(World.hybridHostingProvider()));

        ApplyOutcome outcome = new Applier(new InProcessLyncShell(world), FAST).apply(plan);

        assertEquals(
                List.of(
                        ChangeOutcome.Status.APPLIED,
                        ChangeOutcome.Status.APPLIED,
                        ChangeOutcome.Status.FAILED,
                        ChangeOutcome.Status.NOT_ATTEMPTED,
                        ChangeOutcome.Status.NOT_ATTEMPTED),
                outcome.changes().stream().map(ChangeOutcome::status).toList());
        assertTrue(
                outcome.failure().orElseThrow().contains("already exists"),
                outcome.failure().orElseThrow());
        assertEquals(false, world.read(w -> w.tenantFederation().get("SharedSipAddressSpace")));

        ConfigureResult rerun = configurator.apply();

        assertEquals(ConfigureResult.Status.CONVERGED, rerun.status());
        assertEquals(
                List.of(
                        "ExternalAccessPolicy.EnableFederationAccess",
                        "TenantFederationConfiguration.SharedSipAddressSpace"),
                rerun.plan().orElseThrow().changes().stream()
                        .map(c -> c.resource().displayName() + "." + c.property())
                        .toList());
    }

    @Test
    void theTenantIsLeftAloneUntilTheOnPremisesChangesHaveReplicated() {
        World world = world("unconfigured");
        world.change(w -> w.replicationStatus().get(2).put("UpToDate", false));

        ConfigureResult lagging = configurator(world).apply();

        assertEquals(ConfigureResult.Status.FAILED, lagging.status());
        assertTrue(
                lagging.error().orElseThrow().contains("edge01.contoso.com"),
                lagging.error().orElseThrow());
        ReplicationReport replication =
                lagging.apply().orElseThrow().replication().orElseThrow();
        assertEquals(FAST.replicationPolls(), replication.polls());
        assertEquals(List.of("edge01.contoso.com"), replication.lagging());
        assertEquals(
                ChangeOutcome.Status.NOT_ATTEMPTED,
                lagging.apply().orElseThrow().changes().get(4).status());
        assertEquals(false, world.read(w -> w.tenantFederation().get("SharedSipAddressSpace")));

        world.change(w -> w.replicationStatus().get(2).put("UpToDate", true));
        assertEquals(
                ConfigureResult.Status.CONVERGED, configurator(world).apply().status());
    }

    @Test
    void aSecondApplyOnTheSameDeploymentWaitsForTheFirstAndGivesUpWithoutChangingAnything() {
        World world = world("unconfigured");
        ApplySettings noWait = new ApplySettings(Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(10));
        Configurator second = new Configurator(
                Sites.site(ServerVersion.LYNC_2013, Cloud.WORLDWIDE), new InProcessLyncShell(world), noWait);

        ConfigureResult result;
        try (DeploymentLock.Held first =
                DeploymentLock.acquire("POOL01.contoso.com", Duration.ZERO).orElseThrow()) {
            result = second.apply();
        }

        assertEquals(ConfigureResult.Status.FAILED, result.status());
        assertTrue(
                result.error().orElseThrow().contains("another configure apply"),
                result.error().orElseThrow());
        assertEquals(List.of(), world.read(w -> List.copyOf(w.changes())));
    }

    @Test
    void aLyncOnlineProviderWithTheWrongProxyFqdnIsRemovedThenRecreatedAndExchangeOnlineIsKept() {
        World world = world("healthy");
        world.change(w -> w.hostingProviders().get(0).put("ProxyFqdn", "sipfed.online.lync.net"));

        ConfigureResult result = configurator(world).apply();

        assertEquals(ConfigureResult.Status.CONVERGED, result.status());
        assertEquals(
                List.of("Remove-CsHostingProvider LyncOnline", "New-CsHostingProvider LyncOnline"),
                world.read(w -> w.changes().stream()
                        .map(c -> c.operation() + " " + c.target())
                        .toList()));
        assertEquals(
                List.of("exap.um.outlook.com", World.SIPFED),
                world.read(w -> w.hostingProviders().stream()
                        .map(p -> p.get("ProxyFqdn"))
                        .toList()));
    }

    @Test
    void aSkypeForBusinessSiteCreatesTheTeamsEraProviderAndOpensTheTenantsExternalAccess() {
        World world = world("hosting-provider-missing");
        world.change(w -> w.tenantFederation().put("AllowFederatedUsers", false));
        Configurator configurator = new Configurator(
                Sites.site(ServerVersion.SFB_2019, Cloud.WORLDWIDE), new InProcessLyncShell(world), FAST);

        ConfigureResult result = configurator.apply();

        assertEquals(ConfigureResult.Status.CONVERGED, result.status());
        Map<String, Object> created = world.read(w -> w.hostingProviders().stream()
                .filter(p -> World.SIPFED.equals(p.get("ProxyFqdn")))
                .findFirst()
                .map(java.util.HashMap::new)
                .orElseThrow());
        assertEquals("SkypeforBusinessOnline", created.get("Identity"));
        assertEquals(true, world.read(w -> w.tenantFederation().get("AllowFederatedUsers")));
    }
}
