package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.FederationChoice;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The contoso.com site the configure tests use, in a chosen product line and cloud. */
final class Sites {
    private Sites() {}

    /**
     * The federation Microsoft's configure-federation page sets up (partner discovery, open federation) and the
     * Global external access policy federating, stated in the site file as a choice.
     */
    static final FederationChoice OPEN = new FederationChoice(Optional.of(true), Optional.of(true));

    /** A site that states the {@link #OPEN} federation choice, as the configure scenarios' healthy world has it. */
    static HybridSite site(ServerVersion version, Cloud cloud) {
        return unstated(version, cloud).withFederation(OPEN);
    }

    /** A site whose file states no federation choice: partner discovery and the Global policy are left as they are. */
    static HybridSite unstated(ServerVersion version, Cloud cloud) {
        return TestSites.contoso(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                cloud,
                version,
                new ShellSettings(List.of("host"), 1, Duration.ofSeconds(30), null));
    }
}
