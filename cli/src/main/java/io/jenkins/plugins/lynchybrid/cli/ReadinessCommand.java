package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.errors.ReadableFile;
import io.jenkins.plugins.lynchybrid.readiness.Catalogue;
import io.jenkins.plugins.lynchybrid.readiness.FailOn;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessConsole;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessOptions;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessReport;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessReports;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessRunner;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessSources;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessUsers;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readiness}: checks every hybrid prerequisite and writes the console summary, JSON, JUnit XML and HTML. */
@Command(
        name = "readiness",
        mixinStandardHelpOptions = true,
        description = {
            "Validates every hybrid prerequisite (tenant, on-premises, DNS, TLS, and optionally users) and says"
                    + " exactly what to fix.",
            "Exit 0: ready. 1: not ready. 2: usage or configuration error."
        })
final class ReadinessCommand implements Callable<Integer> {
    @Mixin
    SiteOptions siteOptions;

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            defaultValue = "readiness-report",
            description = "where readiness.json, readiness-junit.xml and readiness.html go (default ${DEFAULT-VALUE})")
    Path reportDir;

    @Option(
            names = "--users",
            paramLabel = "FILE",
            description =
                    "users to pre-check (the CSV a move batch reads: SipAddress and/or UserPrincipalName): synced, licensed, usage location")
    Path usersFile;

    @Option(
            names = "--fail-on",
            paramLabel = "fail|warn",
            defaultValue = "fail",
            description = "which outcome makes the hybrid not ready (default ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(
            names = "--sync-threshold",
            paramLabel = "DURATION",
            defaultValue = "3h",
            description = "how old the last directory sync may be, e.g. 3h, 90m (default ${DEFAULT-VALUE})")
    Duration syncThreshold;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Read-only or idempotent: an interrupted run has nothing to finish; a re-run starts over.
        try (Interruption interruption =
                Interruption.immediate(spec.commandLine().getErr())) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            HybridSite site = siteOptions.site();
            ReportFiles.prepareDirectory(reportDir);
            List<String> users = usersFile == null
                    ? List.of()
                    : ReadinessUsers.fromCsv(
                            ReadableFile.require(usersFile, usersFile.toString()),
                            site,
                            problem -> err.println("lync-hybrid: bad line " + ConsoleText.line(problem.toString())));
            ReadinessOptions options =
                    ReadinessOptions.defaults().withSyncThreshold(syncThreshold).withUsers(users);
            ReadinessReport report;
            try (HybridConnections connections = siteOptions.open(site, err)) {
                report = new ReadinessRunner(Catalogue.standard(), options).run(ReadinessSources.from(connections));
            }
            out.println(ConsoleText.lines(ReadinessConsole.render(report, failOn)));
            for (Path file : ReadinessReports.write(report, failOn, reportDir)) {
                out.println("wrote " + file);
            }
            out.flush();
            return report.ready(failOn) ? 0 : Main.EXIT_PROBLEMS;
        }
    }
}
