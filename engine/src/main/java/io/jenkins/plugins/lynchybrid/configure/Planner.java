package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

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
        changes.addAll(global(Resource.ACCESS_EDGE, desired.accessEdge(), current.accessEdge(), Planner::setEdge));
        changes.addAll(HostingProviderDiff.changes(desired.hostingProvider(), current.hostingProviders()));
        changes.addAll(global(
                Resource.EXTERNAL_ACCESS_POLICY,
                desired.externalAccessPolicy(),
                current.globalExternalAccessPolicy(),
                Calls::setGlobalExternalAccessPolicy));
        changes.addAll(global(
                Resource.TENANT_FEDERATION,
                desired.tenantFederation(),
                current.tenantFederation(),
                Calls::setTenantFederation));
        return new Plan(site, desired.flow(), changes);
    }

    /** The Edge, the policy and the tenant each have one instance that matters: Global. */
    private static List<Change> global(
            Resource resource,
            List<DesiredSetting> settings,
            PsObject current,
            BiFunction<String, Object, CmdletCall> setter) {
        return SettingsDiff.changes(resource, Calls.GLOBAL, settings, current, setter);
    }

    /**
     * Partner discovery exists only in Set-CsAccessEdgeConfiguration's DnsSrvRouting set, so it is switched, on or
     * off as the site chose, together with DNS SRV routing in one call; the other Edge settings go through the
     * Identity set.
     */
    private static CmdletCall setEdge(String parameter, Object value) {
        return DesiredState.PARTNER_DISCOVERY.equals(parameter)
                ? Calls.routeByDnsSrvWithPartnerDiscovery(Boolean.TRUE.equals(value))
                : Calls.setAccessEdge(parameter, value);
    }
}
