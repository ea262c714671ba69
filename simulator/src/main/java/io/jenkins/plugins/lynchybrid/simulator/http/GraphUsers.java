package io.jenkins.plugins.lynchybrid.simulator.http;

import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.OnlineProvisioning;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Graph's user resource for a World user, with v1.0 property names and $select semantics. */
final class GraphUsers {
    /** What Graph returns when no $select is given; the on-premises properties only come on $select. */
    private static final List<String> DEFAULT_PROPERTIES = List.of(
            "businessPhones",
            "displayName",
            "givenName",
            "jobTitle",
            "mail",
            "mobilePhone",
            "officeLocation",
            "preferredLanguage",
            "surname",
            "userPrincipalName",
            "id");

    private GraphUsers() {}

    /** Every property this simulator knows; call under the world's lock. */
    static Map<String, Object> full(World world, OnPremUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        String upn = user.userPrincipalName();
        json.put("id", user.objectId());
        json.put("businessPhones", List.of());
        json.put("displayName", user.displayName());
        json.put("givenName", null);
        json.put("jobTitle", null);
        json.put("mail", upn);
        json.put("mobilePhone", null);
        json.put("officeLocation", null);
        json.put("preferredLanguage", null);
        json.put("surname", null);
        json.put("userPrincipalName", upn);
        json.put("accountEnabled", user.enabled());
        json.put("usageLocation", user.usageLocation());
        json.put("onPremisesSyncEnabled", user.synced() ? Boolean.TRUE : null);
        json.put(
                "onPremisesLastSyncDateTime",
                user.synced() ? world.organization().get("onPremisesLastSyncDateTime") : null);
        json.put(
                "onPremisesImmutableId",
                user.synced()
                        ? Base64.getEncoder().encodeToString(user.objectId().getBytes(StandardCharsets.UTF_8))
                        : null);
        json.put("onPremisesProvisioningErrors", List.of());
        List<Map<String, Object>> plans = new ArrayList<>();
        for (OnPremUser.AssignedPlan plan : user.assignedPlans()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("assignedDateTime", "2024-04-01T00:00:00Z");
            p.put("capabilityStatus", plan.capabilityStatus());
            p.put("service", plan.service());
            p.put("servicePlanId", plan.servicePlanId());
            plans.add(p);
        }
        json.put("assignedPlans", plans);
        json.put("provisionedPlans", provisionedPlans(world, user));
        json.put("proxyAddresses", List.of("SMTP:" + upn, "SIP:" + upn));
        json.put("imAddresses", List.of(upn));
        return json;
    }

    /**
     * Graph's provisionedPlan resource (v1.0: capabilityStatus, provisioningStatus "For example, 'Success'",
     * service), one per plan of a provisioned service. A user whose Skype for Business Online provisioning has not
     * finished shows "PendingInput" for MicrosoftCommunicationsOnline (the simulator's choice of pending value).
     */
    private static List<Map<String, Object>> provisionedPlans(World world, OnPremUser user) {
        boolean pending = world.provisioning().of(user) == OnlineProvisioning.State.PENDING;
        List<Map<String, Object>> plans = new ArrayList<>();
        for (OnPremUser.AssignedPlan plan : user.assignedPlans()) {
            boolean communications = "MicrosoftCommunicationsOnline".equals(plan.service());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("capabilityStatus", plan.capabilityStatus());
            p.put("provisioningStatus", communications && pending ? "PendingInput" : "Success");
            p.put("service", plan.service());
            plans.add(p);
        }
        return plans;
    }

    /** The properties a client asked for with $select, or Graph's default set. */
    static Map<String, Object> select(Map<String, Object> full, String select) {
        List<String> wanted =
                select == null || select.isBlank() ? DEFAULT_PROPERTIES : List.of(select.split("\\s*,\\s*"));
        Set<String> known = full.keySet();
        Map<String, Object> json = new LinkedHashMap<>();
        for (String property : wanted) {
            if (!known.contains(property)) {
                throw new IllegalArgumentException(
                        "Could not find a property named '" + property + "' on type 'microsoft.graph.user'.");
            }
            json.put(property, full.get(property));
        }
        return json;
    }
}
