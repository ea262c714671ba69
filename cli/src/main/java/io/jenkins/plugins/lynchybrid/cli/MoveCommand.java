package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.ExitStatus;
import io.jenkins.plugins.lynchybrid.errors.ReadableFile;
import io.jenkins.plugins.lynchybrid.journal.JobKey;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.move.FailureBudget;
import io.jenkins.plugins.lynchybrid.move.MoveJob;
import io.jenkins.plugins.lynchybrid.move.MoveOptions;
import io.jenkins.plugins.lynchybrid.move.MoveReports;
import io.jenkins.plugins.lynchybrid.move.MoveResult;
import io.jenkins.plugins.lynchybrid.move.Parallelism;
import io.jenkins.plugins.lynchybrid.move.RollbackSummary;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import io.jenkins.plugins.lynchybrid.users.UserSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code move}: moves users between the on-premises pool and the cloud, resumable through a journal. */
@Command(
        name = "move",
        mixinStandardHelpOptions = true,
        description = "Move users on-premises <-> online: pre-checks, adaptive parallel moves, journal, reports.")
final class MoveCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions siteOptions;

    @Option(names = "--users", description = "CSV file with a SipAddress and/or UserPrincipalName column")
    Path usersFile;

    @Option(names = "--user", arity = "1..*", description = "a SIP address (sip:...) or UPN; repeatable")
    List<String> users;

    @Option(names = "--filter", description = "Get-CsUser -Filter expression, or an OU distinguished name (OU=...)")
    String filter;

    @Option(
            names = "--from-journal",
            description = "roll back: every user this journal started a move for goes back to where it came from")
    Path fromJournal;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "online|onprem",
            description = "where the users go: online, or onprem (also spelled on-premises)")
    Home to;

    @Option(names = "--parallel", defaultValue = "auto", description = "moves at once: a number, or auto (default)")
    Parallelism parallel;

    @Option(
            names = "--journal",
            description = "append-only journal; re-running with it resumes (default: in the working directory, named"
                    + " after the site, tenant and direction)")
    Path journal;

    @Option(names = "--report-dir", description = "where moves.json, moves-junit.xml and moves.html go")
    Path reportDir;

    @Option(names = "--dry-run", description = "run every pre-check, move nobody")
    boolean dryRun;

    @Option(names = "--strict", description = "any bad line in the user list stops the job before anyone moves")
    boolean strict;

    @Option(names = "--max-failures", description = "stop after N failed users, or P%% of them (e.g. 5 or 2%%)")
    FailureBudget maxFailures;

    @Option(names = "--exclude-ou", description = "skip users under this OU (distinguished name); repeatable")
    List<String> excludedOus = List.of();

    @Option(
            names = "--allow-bypass",
            description = "move Enterprise Voice users without Phone System with -BypassEnterpriseVoiceCheck and"
                    + " dial-in conferencing users without Audio Conferencing with -BypassAudioConferencingCheck"
                    + " (Skype for Business Server 2015/2019; Lync Server 2013 has neither switch)")
    boolean allowBypass;

    @Option(names = "--retry-delay-ms", defaultValue = "2000", description = "first retry back-off (doubles)")
    long retryDelayMillis;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MoveOptions options = options();
        HybridSite site = siteOptions.site();
        MoveProgress progress = new MoveProgress(out, System.console() != null, Duration.ofSeconds(10));
        if (usersFile != null) {
            ReadableFile.require(usersFile, usersFile.toString());
        }
        if (reportDir != null) {
            ReportFiles.prepareDirectory(reportDir);
        }
        try (HybridConnections connections = siteOptions.open(site, err)) {
            UserSelection selection = selection(site, connections);
            if (strict) {
                selection.requireClean();
            }
            selection.problems().forEach(p -> out.println("bad line " + ConsoleText.line(p.toString())));
            Path journalFile = journalFile(site);
            if (dryRun) {
                MoveJob job = new MoveJob(
                        site,
                        connections.shellWhileSigningIn(),
                        connections.directory(),
                        options,
                        Optional.of(journalFile),
                        progress);
                return run(job, site, selection, journalFile, out, err);
            }
            // locked and checked before the job signs in or starts a shell host (both open on first use)
            try (MoveJournal journal = MoveJournal.open(journalFile, JobKey.of(site, to), progress::note)) {
                MoveJob job = new MoveJob(
                        site, connections.shellWhileSigningIn(), connections.directory(), options, journal, progress);
                return run(job, site, selection, journalFile, out, err);
            }
        }
    }

    /** Runs the job, which SIGINT or SIGTERM cancel, and writes what it did. */
    private int run(
            MoveJob job, HybridSite site, UserSelection selection, Path journalFile, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        Duration wait = site.shell().commandTimeout().multipliedBy(4).plus(Duration.ofMinutes(2));
        try (Interruption interruption =
                Interruption.cancelling(() -> job.cancel("interrupted by a signal (SIGINT or SIGTERM)"), wait, err)) {
            MoveResult result = job.run(selection);
            ExitStatus status = writeReports(result, out, err) ? result.exitStatus() : ExitStatus.HALTED;
            if (selection.rollback().isPresent()) {
                out.println(RollbackSummary.of(result));
            }
            if (result.exitStatus() == ExitStatus.INTERRUPTED) {
                out.println("interrupted: run the same command again (same --journal " + journalFile
                        + ") to resume; finished users are left alone");
            }
            out.flush();
            err.flush();
            return status.code();
        }
    }

    /** Writes the reports if asked; false when they could not be written (the console has the summary). */
    private boolean writeReports(MoveResult result, PrintWriter out, PrintWriter err) {
        if (reportDir == null) {
            return true;
        }
        try {
            MoveReports.write(result, reportDir).forEach(p -> out.println("report: " + p));
            return true;
        } catch (IOException | UncheckedIOException e) {
            err.println("lync-hybrid: the reports could not be written to " + reportDir + ": "
                    + ConsoleText.line(String.valueOf(e.getMessage()))
                    + " (the summary above is what they would say)");
            return false;
        }
    }

    /** The journal given, or the job's default one in the working directory, said on the output. */
    private Path journalFile(HybridSite site) {
        if (journal != null) {
            return journal;
        }
        Path file = JobKey.of(site, to).defaultJournal(Path.of("")).toAbsolutePath();
        spec.commandLine().getOut().println("journal: " + file + " (the default; --journal names another)");
        return file;
    }

    private MoveOptions options() {
        if (retryDelayMillis < 0) {
            throw new ConfigurationException("--retry-delay-ms " + retryDelayMillis + " is negative");
        }
        MoveOptions options = MoveOptions.to(to)
                .withParallelism(parallel)
                .withDryRun(dryRun)
                .withExcludedOus(excludedOus)
                .withAllowBypass(allowBypass);
        options = options.withRetries(options.maxAttempts(), Duration.ofMillis(retryDelayMillis));
        return maxFailures == null ? options : options.withMaxFailures(maxFailures);
    }

    private UserSelection selection(HybridSite site, HybridConnections connections) {
        return UserSource.exactlyOne(
                        "name the users one way: exactly one of --users FILE, --user X..., --filter EXPR,"
                                + " --from-journal J",
                        usersFile,
                        users,
                        filter,
                        fromJournal)
                .read(new IdentityRules(site.sipDomains()), connections::shellWhileSigningIn, to);
    }
}
