package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.verify.VerifyJob;
import io.jenkins.plugins.lynchybrid.verify.VerifyOptions;
import io.jenkins.plugins.lynchybrid.verify.VerifyReports;
import io.jenkins.plugins.lynchybrid.verify.VerifyResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verify}: completion after the move, for the users a wave's journal moved online. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "For the users a journal moved online: check the cloud side (TeamsOnly, online account) and"
                + " track their meeting migration until done or failed, within a bound; record each user's completion"
                + " in the journal. Pending is not failure: exit 0 unless a user failed (1). Run again to resume.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions siteOptions;

    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "the wave's move journal")
    Path journal;

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            description = "where to write verify.json, verify-junit.xml and verify.html")
    Path reportDir;

    @Option(
            names = "--poll",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "how long to wait between looks at the pending users (default: 1m)")
    Duration poll = VerifyOptions.DEFAULTS.pollEvery();

    @Option(
            names = "--max-wait",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "how long this run keeps looking (default: 15m; 0 looks once); users still pending stay"
                    + " pending and the next run resumes")
    Duration maxWait = VerifyOptions.DEFAULTS.maxWait();

    @Override
    public Integer call() throws IOException, InterruptedException {
        // Every completion is journaled as it is found: a signal has nothing to finish, a re-run resumes.
        try (Interruption interruption =
                Interruption.immediate(spec.commandLine().getErr())) {
            HybridSite site = siteOptions.site();
            VerifyOptions options = new VerifyOptions(poll, maxWait);
            if (reportDir != null) {
                ReportFiles.prepareDirectory(reportDir);
            }
            VerifyResult result;
            try (HybridConnections connections =
                    siteOptions.open(site, spec.commandLine().getErr())) {
                result =
                        new VerifyJob(site, connections.shell(), options, d -> Thread.sleep(d.toMillis())).run(journal);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(VerifyReports.summary(result));
            out.flush();
            if (reportDir != null) {
                VerifyReports.write(result, reportDir);
            }
            return result.exitStatus().code();
        }
    }

    /** {@code 0}, {@code 15m}, {@code 1h30m} or ISO {@code PT15M}, read by the engine. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            return new EngineValueConverter<>(VerifyOptions::duration).convert(text);
        }
    }
}
