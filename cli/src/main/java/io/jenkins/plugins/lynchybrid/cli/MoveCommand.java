package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.ReadableFile;
import io.jenkins.plugins.lynchybrid.move.FailureBudget;
import io.jenkins.plugins.lynchybrid.move.MoveJob;
import io.jenkins.plugins.lynchybrid.move.MoveOptions;
import io.jenkins.plugins.lynchybrid.move.MoveReports;
import io.jenkins.plugins.lynchybrid.move.MoveResult;
import io.jenkins.plugins.lynchybrid.move.Parallelism;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import io.jenkins.plugins.lynchybrid.users.UserSource;
import java.io.PrintWriter;
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

    @Option(names = "--from-journal", description = "roll back: move back exactly the users this journal moved")
    Path fromJournal;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "online|onprem",
            description = "where the users go: online, or onprem (also spelled on-premises)")
    Home to;

    @Option(names = "--parallel", defaultValue = "auto", description = "moves at once: a number, or auto (default)")
    Parallelism parallel;

    @Option(names = "--journal", description = "append-only journal; re-running with it resumes")
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
        MoveOptions options = options();
        HybridSite site = siteOptions.site();
        if (usersFile != null) {
            ReadableFile.require(usersFile, usersFile.toString());
        }
        try (HybridConnections connections =
                siteOptions.open(site, spec.commandLine().getErr())) {
            UserSelection selection = selection(site, connections);
            if (strict) {
                selection.requireClean();
            }
            selection.problems().forEach(p -> out.println("bad line " + p));
            boolean terminal = System.console() != null;
            MoveResult result = new MoveJob(
                            site,
                            connections.shell(),
                            connections.directory(),
                            options,
                            Optional.ofNullable(journal),
                            new MoveProgress(out, terminal, Duration.ofSeconds(10)))
                    .run(selection);
            if (reportDir != null) {
                MoveReports.write(result, reportDir).forEach(p -> out.println("report: " + p));
            }
            out.flush();
            return result.exitCode();
        }
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
                .read(new IdentityRules(site.sipDomains()), connections::shell, to);
    }
}
