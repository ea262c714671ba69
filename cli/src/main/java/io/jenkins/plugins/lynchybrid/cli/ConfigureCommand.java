package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.configure.ApplySettings;
import io.jenkins.plugins.lynchybrid.configure.Configurator;
import io.jenkins.plugins.lynchybrid.configure.ConfigureReports;
import io.jenkins.plugins.lynchybrid.configure.ConfigureResult;
import io.jenkins.plugins.lynchybrid.configure.ConfigureText;
import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SiteOptions siteOptions;

    @Option(names = "--dry-run", description = "print the plan and change nothing")
    boolean dryRun;

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            description = "where to write plan.json, result.json, configure.html and configure-junit.xml")
    Path reportDir;

    @Override
    public Integer call() throws IOException {
        // Read-only or idempotent: an interrupted run has nothing to finish; a re-run starts over.
        try (Interruption interruption =
                Interruption.immediate(spec.commandLine().getErr())) {
            HybridSite site = siteOptions.site();
            if (reportDir != null) {
                ReportFiles.prepareDirectory(reportDir);
            }
            PrintWriter out = spec.commandLine().getOut();
            ConfigureResult result;
            try (HybridConnections connections =
                    siteOptions.open(site, spec.commandLine().getErr())) {
                Configurator configurator = new Configurator(site, connections.shell(), ApplySettings.defaults());
                result = dryRun ? configurator.dryRun() : configurator.apply();
            }
            out.println(ConsoleText.lines(ConfigureText.result(result)));
            out.flush();
            if (reportDir != null) {
                ConfigureReports.write(reportDir, result);
            }
            return result.status() == ConfigureResult.Status.FAILED ? Main.EXIT_PROBLEMS : 0;
        }
    }
}
