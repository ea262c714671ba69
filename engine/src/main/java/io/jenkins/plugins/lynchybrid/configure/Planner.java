package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import java.util.ArrayList;
import java.util.List;

/** Diffs the current configuration against the desired one: the plan is exactly the differences. */
public final class Planner {
    private final String site;
    private final DesiredState desired;

    public Planner(String site, DesiredState desired) {
        this.site = site;
        this.desired = desired;
    }

    public Plan plan(CurrentState current) {
        List<Change> changes = new ArrayList<>();
        changes.addAll(SettingsDiff.changes(
                Resource.ACCESS_EDGE,
                StateReader.GLOBAL,
                desired.accessEdge(),
                current.accessEdge(),
                CmdletCall.of("Set-CsAccessEdgeConfiguration")));
        changes.addAll(HostingProviderDiff.changes(desired.hostingProvider(), current.hostingProviders()));
        changes.addAll(SettingsDiff.changes(
                Resource.EXTERNAL_ACCESS_POLICY,
                StateReader.GLOBAL,
                desired.externalAccessPolicy(),
                current.globalExternalAccessPolicy(),
                CmdletCall.of("Set-CsExternalAccessPolicy").with("Identity", StateReader.GLOBAL)));
        changes.addAll(SettingsDiff.changes(
                Resource.TENANT_FEDERATION,
                StateReader.GLOBAL,
                desired.tenantFederation(),
                current.tenantFederation(),
                CmdletCall.of("Set-CsTenantFederationConfiguration")));
        return new Plan(site, desired.flow(), changes);
    }
}
