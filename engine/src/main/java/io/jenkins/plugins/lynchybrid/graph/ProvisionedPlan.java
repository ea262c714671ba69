package io.jenkins.plugins.lynchybrid.graph;

/**
 * Graph's provisionedPlan (v1.0 resource: capabilityStatus, provisioningStatus "For example, 'Success'", service):
 * whether a licensed service has finished setting the user up.
 */
public record ProvisionedPlan(String service, String capabilityStatus, String provisioningStatus) {
    /** The service of Skype for Business Online's plans (Plan 2, Phone System, Audio Conferencing). */
    public static final String SKYPE_ONLINE_SERVICE = "MicrosoftCommunicationsOnline";

    public boolean provisioned() {
        return "Success".equalsIgnoreCase(provisioningStatus);
    }
}
