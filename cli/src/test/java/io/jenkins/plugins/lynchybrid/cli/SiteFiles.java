package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Site files for the simulated contoso.com hybrid, reaching its shell as {@code shell} says. */
final class SiteFiles {
    private SiteFiles() {}

    static Path write(Path directory, ShellSettings shell) throws IOException {
        HybridSite site = new HybridSite(
                "contoso",
                List.of(World.SIP_DOMAIN),
                World.TENANT_DOMAIN,
                World.POOL_FQDN,
                World.ACCESS_EDGE_FQDN,
                Optional.empty(),
                ServerVersion.LYNC_2013,
                Cloud.WORLDWIDE,
                World.PUBLIC_CLIENT_ID,
                World.ADMIN_USERNAME,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                shell);
        Path file = directory.resolve("site.json");
        Files.writeString(file, SiteFile.write(site));
        return file;
    }
}
