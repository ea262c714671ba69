package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.status.StatusJob;
import io.jenkins.plugins.lynchybrid.status.StatusReports;
import io.jenkins.plugins.lynchybrid.status.StatusResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code status}: one report across the waves of a migration, from their journals and the live state. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "One status across waves: users moved, verified, pending, failed and still on-premises;"
                + " failures clustered by cause with the fix and the waves they appeared in; throughput per wave;"
                + " the time left at the measured rate. Read-only; exit 0 once the report is written.")
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions siteOptions;

    @Option(
            names = "--journal",
            required = true,
            paramLabel = "FILE",
            description = "a wave's move journal; repeat for every wave, oldest first")
    List<Path> journals;

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            description = "where to write status.json, status-junit.xml and status.html")
    Path reportDir;

    @Override
    public Integer call() throws IOException {
        try (Interruption interruption =
                Interruption.immediate(spec.commandLine().getErr())) {
            HybridSite site = siteOptions.site();
            if (reportDir != null) {
                ReportFiles.prepareDirectory(reportDir);
            }
            StatusResult result;
            try (HybridConnections connections =
                    siteOptions.open(site, spec.commandLine().getErr())) {
                result = new StatusJob(site, connections.shell()).run(journals);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(StatusReports.summary(result));
            out.flush();
            if (reportDir != null) {
                StatusReports.write(result, reportDir);
            }
            return 0;
        }
    }
}
