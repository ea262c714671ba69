package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.auth.TenantCredential;
import io.jenkins.plugins.lynchybrid.configure.ApplySettings;
import io.jenkins.plugins.lynchybrid.configure.Configurator;
import io.jenkins.plugins.lynchybrid.configure.ConfigureReports;
import io.jenkins.plugins.lynchybrid.configure.ConfigureResult;
import io.jenkins.plugins.lynchybrid.configure.ConfigureText;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.ShellHostPool;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code configure}: plans the hybrid settings, applies what differs and verifies, or only plans. */
@Command(
        name = "configure",
        mixinStandardHelpOptions = true,
        description = "Plan, apply and verify the hybrid settings: Access Edge federation, the Lync Online hosting"
                + " provider, the Global external access policy and the tenant's shared SIP address space.")
final class ConfigureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--site", required = true, paramLabel = "FILE", description = "The site file (JSON).")
    Path siteFile;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "File whose first line is the tenant admin password, for the shell's online session.")
    Path passwordFile;

    @Option(names = "--dry-run", description = "Print the plan and change nothing.")
    boolean dryRun;

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            description = "Where to write plan.json, result.json, configure.html and configure-junit.xml.")
    Path reportDir;

    @Override
    public Integer call() throws IOException {
        HybridSite site = SiteFile.read(siteFile);
        Path scratch = Files.createTempDirectory("lync-hybrid-shell");
        try (LyncShell shell = openShell(site, scratch)) {
            return run(site, shell);
        } finally {
            deleteTree(scratch);
        }
    }

    int run(HybridSite site, LyncShell shell) throws IOException {
        Configurator configurator = new Configurator(site, shell, ApplySettings.defaults());
        ConfigureResult result = dryRun ? configurator.dryRun() : configurator.apply();
        PrintWriter out = spec.commandLine().getOut();
        out.print(ConfigureText.result(result));
        out.flush();
        if (reportDir != null) {
            ConfigureReports.write(reportDir, result);
        }
        return result.status() == ConfigureResult.Status.FAILED ? Main.EXIT_PROBLEMS : 0;
    }

    private static void deleteTree(Path directory) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private LyncShell openShell(HybridSite site, Path scratch) {
        if (passwordFile == null) {
            throw new ConfigurationException(
                    "--password-file is missing: the shell's online session signs in as " + site.adminUsername());
        }
        char[] password = PasswordFile.read(passwordFile);
        try (TenantCredential credential = new TenantCredential(site.adminUsername(), password)) {
            return ShellHostPool.open(site.shell(), new LocalProcessLauncher(), credential, scratch);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
