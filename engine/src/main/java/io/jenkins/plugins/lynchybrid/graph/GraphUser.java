package io.jenkins.plugins.lynchybrid.graph;

import java.util.List;
import java.util.Optional;

/** Graph's user resource, the fields the per-user pre-checks read. */
public record GraphUser(
        String id,
        String userPrincipalName,
        boolean accountEnabled,
        Optional<String> usageLocation,
        Boolean onPremisesSyncEnabled,
        List<AssignedPlan> assignedPlans,
        List<String> proxyAddresses,
        List<ProvisionedPlan> provisionedPlans) {
    public GraphUser {
        assignedPlans = List.copyOf(assignedPlans);
        proxyAddresses = List.copyOf(proxyAddresses);
        provisionedPlans = List.copyOf(provisionedPlans);
    }

    /** The Skype for Business Online plans whose provisioning has not succeeded (yet). */
    public List<ProvisionedPlan> skypeOnlinePlansNotProvisioned() {
        return provisionedPlans.stream()
                .filter(p -> ProvisionedPlan.SKYPE_ONLINE_SERVICE.equalsIgnoreCase(p.service()) && !p.provisioned())
                .toList();
    }

    public boolean synced() {
        return Boolean.TRUE.equals(onPremisesSyncEnabled);
    }

    public boolean hasActivePlan(String servicePlanId) {
        return assignedPlans.stream().anyMatch(p -> p.servicePlanId().equalsIgnoreCase(servicePlanId) && p.active());
    }
}
