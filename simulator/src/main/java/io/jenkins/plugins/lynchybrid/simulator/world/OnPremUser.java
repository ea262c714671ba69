package io.jenkins.plugins.lynchybrid.simulator.world;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One Lync-enabled Active Directory user and its synced Entra ID twin. Mutable: only {@link World} changes
 * it, under the world's lock.
 */
public final class OnPremUser {
    public static final String ON_PREM_LOCATOR = "SRV:";

    final String objectId = UUID.randomUUID().toString();
    final String sipAddress;
    final String userPrincipalName;
    final String displayName;
    final String distinguishedName;
    boolean enabled = true;
    String hostingProvider = ON_PREM_LOCATOR;
    String registrarPool;
    boolean enterpriseVoiceEnabled;
    String lineUri;
    String externalAccessPolicy;
    String conferencingPolicy;
    boolean synced = true;
    String usageLocation = "US";
    /** The user's own TeamsUpgradePolicy assignment online; {@code null}: none (the tenant's Global applies). */
    String teamsUpgradePolicy;

    final List<AssignedPlan> assignedPlans = new ArrayList<>();
    int moves;
    int moveCalls;

    OnPremUser(String sipAddress, String userPrincipalName, String displayName, String distinguishedName, String pool) {
        this.sipAddress = sipAddress;
        this.userPrincipalName = userPrincipalName;
        this.displayName = displayName;
        this.distinguishedName = distinguishedName;
        this.registrarPool = pool;
    }

    public String objectId() {
        return objectId;
    }

    /** Always with the {@code sip:} prefix, as Get-CsUser shows it. */
    public String sipAddress() {
        return sipAddress;
    }

    public String userPrincipalName() {
        return userPrincipalName;
    }

    public String displayName() {
        return displayName;
    }

    public String distinguishedName() {
        return distinguishedName;
    }

    public boolean enabled() {
        return enabled;
    }

    public String hostingProvider() {
        return hostingProvider;
    }

    public boolean isOnline() {
        return !ON_PREM_LOCATOR.equals(hostingProvider);
    }

    public String registrarPool() {
        return registrarPool;
    }

    public boolean enterpriseVoiceEnabled() {
        return enterpriseVoiceEnabled;
    }

    public String lineUri() {
        return lineUri;
    }

    public String externalAccessPolicy() {
        return externalAccessPolicy;
    }

    /** The per-user conferencing policy's name as Get-CsUser shows it (no {@code Tag:}); null when none is granted. */
    public String conferencingPolicy() {
        return conferencingPolicy;
    }

    public boolean synced() {
        return synced;
    }

    public String teamsUpgradePolicy() {
        return teamsUpgradePolicy;
    }

    public void teamsUpgradePolicy(String value) {
        teamsUpgradePolicy = value;
    }

    public String usageLocation() {
        return usageLocation;
    }

    /** Sets the tenant's usageLocation: null when unset, as Graph returns it; "" is a value Graph can hold too. */
    public void usageLocation(String value) {
        usageLocation = value;
    }

    public List<AssignedPlan> assignedPlans() {
        return List.copyOf(assignedPlans);
    }

    /** Completed moves: the home changed. */
    public int moves() {
        return moves;
    }

    /**
     * Every Move-CsUser call naming this user, accepted, refused or throttled: "moved exactly once" means one call,
     * since a refused second call (the user is already at the target) leaves {@link #moves()} unchanged.
     */
    public int moveCalls() {
        return moveCalls;
    }

    /** A licence plan as Graph's assignedPlan resource shows it. */
    public record AssignedPlan(String servicePlanId, String service, String capabilityStatus) {
        public static final AssignedPlan SKYPE_ONLINE_PLAN_2 =
                new AssignedPlan("0feaeb32-d00e-4d66-bd5a-43b5b83db82c", "MicrosoftCommunicationsOnline", "Enabled");
        public static final AssignedPlan TEAMS =
                new AssignedPlan("57ff2da0-773e-42df-b2af-ffb7a2317929", "TeamspaceAPI", "Enabled");
        public static final AssignedPlan PHONE_SYSTEM =
                new AssignedPlan("4828c8ec-dc2e-4779-b502-87ac9ce28ab7", "MicrosoftCommunicationsOnline", "Enabled");
        /** MCOMEETADV, Audio Conferencing. */
        public static final AssignedPlan AUDIO_CONFERENCING =
                new AssignedPlan("3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40", "MicrosoftCommunicationsOnline", "Enabled");
        // Government plans, from Microsoft's licensing service plan reference (entra-docs
        // docs/identity/users/licensing-service-plan-reference.md, Office 365 G5 GCC) and, for Teams in GCC High,
        // azure-docs articles/communication-services/quickstarts/eligible-teams-licenses.md.
        /** MCOSTANDARD_GOV, Skype for Business Online (Plan 2) for Government. */
        public static final AssignedPlan SKYPE_ONLINE_PLAN_2_GOV =
                new AssignedPlan("a31ef4a2-f787-435e-8335-e47eb0cafc94", "MicrosoftCommunicationsOnline", "Enabled");
        /** TEAMS_AR_GCCHIGH, Microsoft Teams for GCCHigh (AR). */
        public static final AssignedPlan TEAMS_AR_GCCHIGH =
                new AssignedPlan("9953b155-8aef-4c56-92f3-72b0487fce41", "TeamspaceAPI", "Enabled");
        /** MCOEV_GOV, Microsoft 365 Phone System for Government. */
        public static final AssignedPlan PHONE_SYSTEM_GOV =
                new AssignedPlan("db23fce2-a974-42ef-9002-d78dd42a0f22", "MicrosoftCommunicationsOnline", "Enabled");
        /** MCOMEETADV_GOV, Microsoft 365 Audio Conferencing for Government. */
        public static final AssignedPlan AUDIO_CONFERENCING_GOV =
                new AssignedPlan("f544b08d-1645-4287-82de-8d91f37c02a1", "MicrosoftCommunicationsOnline", "Enabled");
    }
}
