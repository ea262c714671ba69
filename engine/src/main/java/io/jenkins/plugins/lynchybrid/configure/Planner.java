package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
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
        changes.addAll(global(Resource.ACCESS_EDGE, desired.accessEdge(), current.accessEdge()));
        changes.addAll(HostingProviderDiff.changes(desired.hostingProvider(), current.hostingProviders()));
        changes.addAll(global(
                Resource.EXTERNAL_ACCESS_POLICY, desired.externalAccessPolicy(), current.globalExternalAccessPolicy()));
        changes.addAll(global(Resource.TENANT_FEDERATION, desired.tenantFederation(), current.tenantFederation()));
        return new Plan(site, desired.flow(), changes);
    }

    /** The Edge, the policy and the tenant each have one instance that matters: Global. */
    private static List<Change> global(Resource resource, List<DesiredSetting> settings, PsObject current) {
        CmdletCall setter = CmdletCall.of("Set-Cs" + resource.displayName()).with("Identity", StateReader.GLOBAL);
        return SettingsDiff.changes(resource, StateReader.GLOBAL, settings, current, setter);
    }
}
