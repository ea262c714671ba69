package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.OnlineProvisioning;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Get-CsOnlineUser (MicrosoftTeams, teams/teams-ps/MicrosoftTeams/Get-CsOnlineUser.md) over the world's synced
 * users, with the page's property names. Without -Identity the page says "Only valid OnPrem users would be
 * available in the output: These are users that are DirSyncEnabled and have a valid OnPremSipAddress", and "If
 * any information is required for a user that is not available in the output (when not using "-identity"
 * parameter) then it can be obtained using the "-identity" parameter": so a user whose msRTCSIP attributes never
 * synced, or who is not synced at all, is missing from a filtered answer and found by -Identity.
 */
final class OnlineUserCmdlets {
    /** The modes of Microsoft's coexistence reference; on-premises users get the tenant's Global default, Islands. */
    static final String TEAMS_ONLY = "TeamsOnly";

    static final String ISLANDS = "Islands";

    private OnlineUserCmdlets() {}

    static List<ObjectNode> getCsOnlineUser(World world, Parameters p) {
        if (p.has("Identity")) {
            String identity = p.required("Identity");
            OnPremUser user = world.users().stream()
                    .filter(u -> u.objectId().equalsIgnoreCase(identity))
                    .findFirst()
                    .or(() -> UserCmdlets.find(world, identity))
                    .filter(OnPremUser::synced)
                    .orElseThrow(() -> CmdletError.notFound(p.cmdlet(), identity));
            return List.of(toObject(world, user));
        }
        Predicate<ObjectNode> filter =
                p.text("Filter").map(OnlineUserCmdlets::filter).orElse(u -> true);
        return world.users().stream()
                .filter(u -> listed(world, u))
                .map(u -> toObject(world, u))
                .filter(filter)
                .toList();
    }

    /**
     * The page's filter examples join clauses with -and and -or ({@code UserPrincipalName -like "test*" -and
     * (AssignedPlans -eq "MCOEV" -or ...)}); the simulator reads a disjunction of Get-CsUser-style conjunctions,
     * with or without the scriptblock braces, and refuses anything else as unreadable.
     */
    private static Predicate<ObjectNode> filter(String text) {
        String body = text.strip();
        if (body.startsWith("{") && body.endsWith("}")) {
            body = body.substring(1, body.length() - 1);
        }
        List<Predicate<ObjectNode>> alternatives = new ArrayList<>();
        for (String part : body.split("(?i)\\s-or\\s")) {
            alternatives.add(UserFilter.parse(part));
        }
        return alternatives.stream().reduce(u -> false, Predicate::or);
    }

    private static boolean listed(World world, OnPremUser user) {
        return user.synced() && world.provisioning().of(user) != OnlineProvisioning.State.ATTRIBUTES_NOT_SYNCED;
    }

    /**
     * The online view of the user. OnPremHostingProvider mirrors the on-premises deployment locator once the
     * msRTCSIP attributes synced (the page's filter {@code OnPremHostingProvider -ne $null}); InterpretedUserType
     * values follow the page's naming ("DirSyncEnabledOnline" prefix) and the community catalogue the page does not
     * replace (domain.md §1.4); UserValidationErrors' element text is the simulator's own: the page names the
     * property, not its content. TeamsUpgradeEffectiveMode is not on the cmdlet's page: Microsoft's coexistence
     * article (OfficeDocs-SkypeForBusiness Teams/coexistence-chat-calls-presence.md) reads it from Get-CsOnlineUser and
     * says users homed in the cloud are always TeamsOnly; on-premises users keep the simulator's default Islands.
     */
    private static ObjectNode toObject(World world, OnPremUser u) {
        OnlineProvisioning.State state = world.provisioning().of(u);
        boolean attributes = u.synced() && state != OnlineProvisioning.State.ATTRIBUTES_NOT_SYNCED;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("Identity", u.objectId());
        o.put("UserPrincipalName", u.userPrincipalName());
        o.put("DisplayName", u.displayName());
        o.put("Alias", u.userPrincipalName().substring(0, u.userPrincipalName().indexOf('@')));
        o.put("AccountEnabled", u.enabled());
        o.put("OnPremHostingProvider", attributes ? u.hostingProvider() : null);
        o.put("InterpretedUserType", interpretedUserType(u, state, attributes));
        o.put(
                "UserValidationErrors",
                state == OnlineProvisioning.State.VALIDATION_ERRORS
                        ? List.of("ErrorCode: DuplicateSipAddress; ErrorDescription: the SIP address "
                                + u.sipAddress().substring(4) + " is also the proxy address of another object")
                        : List.of());
        o.put(
                "AssignedPlan",
                u.assignedPlans().stream().map(a -> a.servicePlanId()).toList());
        o.put("EnterpriseVoiceEnabled", u.enterpriseVoiceEnabled());
        o.put("TeamsUpgradeEffectiveMode", u.isOnline() ? TEAMS_ONLY : ISLANDS);
        o.put("FeatureTypes", featureTypes(u));
        o.put("TenantId", world.tenantId());
        o.put("AccountType", u.isOnline() || !attributes ? "User" : "SfBOnPremUser");
        return ObjectNodes.of(o);
    }

    private static String interpretedUserType(OnPremUser u, OnlineProvisioning.State state, boolean attributes) {
        if (!attributes) {
            return "DirSyncEnabledOnlineSfBUser";
        }
        if (u.isOnline()) {
            return "HybridOnlineTeamsOnlyUser";
        }
        return switch (state) {
            case PENDING -> "HybridOnpremSfBUserNeedsProvisioning";
            case VALIDATION_ERRORS -> "HybridOnpremSfBUserWithMCOValidationError";
            default -> "HybridOnpremSfBUser";
        };
    }

    private static List<String> featureTypes(OnPremUser u) {
        List<String> types = new ArrayList<>();
        for (OnPremUser.AssignedPlan plan : u.assignedPlans()) {
            if (plan.servicePlanId().equals(OnPremUser.AssignedPlan.TEAMS.servicePlanId())) {
                types.add("Teams");
            } else if (plan.servicePlanId().equals(OnPremUser.AssignedPlan.PHONE_SYSTEM.servicePlanId())) {
                types.add("PhoneSystem");
            } else if (plan.servicePlanId().equals(OnPremUser.AssignedPlan.AUDIO_CONFERENCING.servicePlanId())) {
                types.add("AudioConferencing");
            }
        }
        return types;
    }
}
