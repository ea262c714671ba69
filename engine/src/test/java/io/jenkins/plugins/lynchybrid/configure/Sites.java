package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The contoso.com site the configure tests use, in a chosen product line and cloud. */
final class Sites {
    private Sites() {}

    static HybridSite site(ServerVersion version, Cloud cloud) {
        return new HybridSite(
                "contoso",
                List.of("contoso.com"),
                "contoso.onmicrosoft.com",
                "pool01.contoso.com",
                "sip.contoso.com",
                Optional.empty(),
                version,
                cloud,
                "d3590ed6-52b3-4102-aeff-aad2292ab01c",
                "admin@contoso.onmicrosoft.com",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new ShellSettings(List.of("host"), 1, Duration.ofSeconds(30), null));
    }
}
