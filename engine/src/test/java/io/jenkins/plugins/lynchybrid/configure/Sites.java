package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.site.Cloud;
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

    static HybridSite site(ServerVersion version, Cloud cloud) {
        return TestSites.contoso(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                cloud,
                version,
                new ShellSettings(List.of("host"), 1, Duration.ofSeconds(30), null));
    }
}
