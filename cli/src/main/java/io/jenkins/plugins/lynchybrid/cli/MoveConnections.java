package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.auth.AdminPasswordTokenSource;
import io.jenkins.plugins.lynchybrid.auth.ConnectionSettings;
import io.jenkins.plugins.lynchybrid.auth.TenantAuthority;
import io.jenkins.plugins.lynchybrid.auth.TenantCredential;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.graph.GraphClient;
import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.shell.BootstrapScript;
import io.jenkins.plugins.lynchybrid.shell.HostCommandLine;
import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.ShellHostPool;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a move needs from a site: the shell host pool (the tenant credential crosses once to each host) and a
 * Graph client signed in as the tenant admin. The password file is read into a char array and wiped.
 */
final class MoveConnections implements AutoCloseable {
    private final TenantCredential credential;
    private final ShellHostPool shell;
    private final GraphClient directory;
    private final Path scratch;

    private MoveConnections(TenantCredential credential, ShellHostPool shell, GraphClient directory, Path scratch) {
        this.credential = credential;
        this.shell = shell;
        this.directory = directory;
        this.scratch = scratch;
    }

    static MoveConnections open(HybridSite site, Path passwordFile) {
        if (passwordFile == null) {
            throw new ConfigurationException("--password-file is required: moves need the tenant admin password");
        }
        char[] password = PasswordFile.read(passwordFile);
        TenantCredential credential;
        try {
            credential = new TenantCredential(site.adminUsername(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("lync-hybrid-host");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the shell bootstrap script", e);
        }
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        ShellHostPool shell = ShellHostPool.start(
                site.shell(),
                new LocalProcessLauncher(),
                HostCommandLine.of(site.shell().command(), BootstrapScript.writeTo(scratch), windows),
                credential);
        ConnectionSettings connection = ConnectionSettings.forSite(site);
        AdminPasswordTokenSource tokens = new AdminPasswordTokenSource(
                new TenantAuthority(site.cloud(), site.tenant()),
                site.publicClientId(),
                credential,
                connection,
                notice -> System.err.println("lync-hybrid: " + notice));
        return new MoveConnections(credential, shell, new GraphClient(site.cloud(), tokens, connection), scratch);
    }

    LyncShell shell() {
        return shell;
    }

    TenantDirectory directory() {
        return directory;
    }

    @Override
    public void close() {
        try {
            directory.close();
            shell.close();
        } finally {
            credential.close();
            try (var files = Files.list(scratch)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(scratch);
            } catch (IOException e) {
                System.err.println("lync-hybrid: cannot remove " + scratch + ": " + e.getMessage());
            }
        }
    }
}
