package io.jenkins.plugins.lynchybrid.configure;

/**
 * The four pieces of hybrid configuration, declared in the order they are applied: the Edge must federate
 * before a hosting provider routes through it, and the tenant opens the shared address space only once the
 * on-premises side (replicated to the Edge) is ready to receive its traffic.
 */
public enum Resource {
    ACCESS_EDGE("AccessEdgeConfiguration", true),
    HOSTING_PROVIDER("HostingProvider", true),
    EXTERNAL_ACCESS_POLICY("ExternalAccessPolicy", true),
    TENANT_FEDERATION("TenantFederationConfiguration", false);

    private final String displayName;
    private final boolean onPremises;

    Resource(String displayName, boolean onPremises) {
        this.displayName = displayName;
        this.onPremises = onPremises;
    }

    /** The name the cmdlets use for it (Get-Cs&lt;name&gt;). */
    public String displayName() {
        return displayName;
    }

    /** On-premises changes live in the Central Management Store and must replicate before they take effect. */
    public boolean onPremises() {
        return onPremises;
    }
}
