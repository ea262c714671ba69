package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.List;

/**
 * The hybrid configuration as the shell reports it. A single-instance object the shell did not return is an
 * object without properties, so every desired value shows as a change from null.
 */
public record CurrentState(
        PsObject accessEdge,
        List<PsObject> hostingProviders,
        PsObject globalExternalAccessPolicy,
        PsObject tenantFederation) {

    public CurrentState {
        hostingProviders = List.copyOf(hostingProviders);
    }
}
