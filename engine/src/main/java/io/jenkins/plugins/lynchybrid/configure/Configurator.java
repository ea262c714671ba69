package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.util.Optional;

/**
 * Plans, applies and verifies a site's hybrid configuration. Every run plans from the state it reads, so a
 * re-run after a partial failure completes exactly what is still missing.
 */
public final class Configurator {
    private final HybridSite site;
    private final StateReader reader;
    private final Planner planner;
    private final Applier applier;
    private final ApplySettings settings;

    public Configurator(HybridSite site, LyncShell shell, ApplySettings settings) {
        this.site = site;
        this.reader = new StateReader(shell);
        this.planner = new Planner(site.name(), DesiredState.forSite(site));
        this.applier = new Applier(shell, settings);
        this.settings = settings;
    }

    /** Reads the current state and plans; changes nothing. */
    public Plan plan() {
        return planner.plan(reader.read());
    }

    public ConfigureResult dryRun() {
        try {
            return new ConfigureResult(
                    site.name(),
                    true,
                    ConfigureResult.Status.PLANNED,
                    Optional.of(plan()),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        } catch (ShellException e) {
            return unread(true, e);
        }
    }

    /** Plans and applies under the deployment's lock, then re-plans to verify. */
    public ConfigureResult apply() {
        Optional<DeploymentLock.Held> lock = DeploymentLock.acquire(site.poolFqdn(), settings.lockWait());
        if (lock.isEmpty()) {
            return failed(
                    Optional.empty(),
                    Optional.empty(),
                    "another configure apply for the deployment of pool "
                            + site.poolFqdn() + " was still running after "
                            + settings.lockWait().toSeconds()
                            + "s; nothing was changed");
        }
        try (DeploymentLock.Held held = lock.get()) {
            return planApplyVerify();
        }
    }

    private ConfigureResult planApplyVerify() {
        Plan plan;
        try {
            plan = plan();
        } catch (ShellException e) {
            return unread(false, e);
        }
        ApplyOutcome outcome = applier.apply(plan);
        if (!outcome.completed()) {
            return failed(
                    Optional.of(plan), Optional.of(outcome), outcome.failure().orElseThrow());
        }
        Plan remaining;
        try {
            remaining = plan();
        } catch (ShellException e) {
            return failed(
                    Optional.of(plan),
                    Optional.of(outcome),
                    "applied every change but could not read them back: " + e.getMessage());
        }
        if (!remaining.isEmpty()) {
            return new ConfigureResult(
                    site.name(),
                    false,
                    ConfigureResult.Status.FAILED,
                    Optional.of(plan),
                    Optional.of(outcome),
                    Optional.of(remaining),
                    Optional.of("applied every change, but reading back still shows "
                            + remaining.changes().size() + " difference(s): something else changes these settings"));
        }
        return new ConfigureResult(
                site.name(),
                false,
                ConfigureResult.Status.CONVERGED,
                Optional.of(plan),
                Optional.of(outcome),
                Optional.of(remaining),
                Optional.empty());
    }

    private ConfigureResult unread(boolean dryRun, ShellException e) {
        return new ConfigureResult(
                site.name(),
                dryRun,
                ConfigureResult.Status.FAILED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("could not read the current configuration: " + e.getMessage()));
    }

    private ConfigureResult failed(Optional<Plan> plan, Optional<ApplyOutcome> outcome, String error) {
        return new ConfigureResult(
                site.name(), false, ConfigureResult.Status.FAILED, plan, outcome, Optional.empty(), Optional.of(error));
    }
}
