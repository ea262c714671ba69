package io.jenkins.plugins.lynchybrid.graph;

import java.util.List;

/** Graph's domain resource. {@code authenticationType} is {@code Managed} or {@code Federated}. */
public record Domain(
        String id, String authenticationType, boolean isVerified, boolean isInitial, List<String> supportedServices) {
    public Domain {
        supportedServices = List.copyOf(supportedServices);
    }

    public boolean federated() {
        return "Federated".equalsIgnoreCase(authenticationType);
    }

    /** Whether Lync/Skype/Teams is enabled for the domain. */
    public boolean communicationsOnline() {
        return supportedServices.contains("OfficeCommunicationsOnline");
    }
}
