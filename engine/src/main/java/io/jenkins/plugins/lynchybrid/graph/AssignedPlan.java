package io.jenkins.plugins.lynchybrid.graph;

/** Graph's assignedPlan. Only {@code Enabled} and {@code Warning} (grace period) count as licensed. */
public record AssignedPlan(String servicePlanId, String service, String capabilityStatus) {
    public static final String SKYPE_ONLINE_PLAN_2 = "0feaeb32-d00e-4d66-bd5a-43b5b83db82c";
    public static final String TEAMS = "57ff2da0-773e-42df-b2af-ffb7a2317929";
    public static final String PHONE_SYSTEM = "4828c8ec-dc2e-4779-b502-87ac9ce28ab7";
    public static final String AUDIO_CONFERENCING = "3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40";

    public boolean active() {
        return "Enabled".equals(capabilityStatus) || "Warning".equals(capabilityStatus);
    }
}
