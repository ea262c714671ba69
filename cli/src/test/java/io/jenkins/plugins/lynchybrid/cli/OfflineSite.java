package io.jenkins.plugins.lynchybrid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A valid site file whose shell host program does not exist: for command-line tests that never connect. */
final class OfflineSite {
    private OfflineSite() {}

    static Path write(Path dir) throws IOException {
        return Files.writeString(dir.resolve("site.json"), """
                {"sipDomains":["contoso.com"],"tenant":"contoso.onmicrosoft.com","poolFqdn":"pool01.contoso.com",
                 "edgeAccessFqdn":"sip.contoso.com","publicClientId":"c","adminUsername":"admin@contoso.onmicrosoft.com",
                 "shell":{"command":["no-such-host-program"]}}
                """);
    }
}
