package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.errors.ReadableFile;
import io.jenkins.plugins.lynchybrid.notify.NotifyJob;
import io.jenkins.plugins.lynchybrid.notify.NotifyOutcome;
import io.jenkins.plugins.lynchybrid.notify.NotifyReports;
import io.jenkins.plugins.lynchybrid.notify.NotifyResult;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import io.jenkins.plugins.lynchybrid.users.UserSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notify}: shows a wave's users, in their Skype for Business client, that their upgrade to Teams is coming. */
@Command(
        name = "notify",
        mixinStandardHelpOptions = true,
        description = {
            "Notifies users of their pending upgrade to Teams in their Skype for Business client: grants them a"
                    + " TeamsUpgradePolicy with NotifySfbUsers (Skype for Business Server 2019 only; on Lync Server"
                    + " 2013 and Skype for Business Server 2015 it says it cannot, and does nothing).",
            "Exit 0: every user notified or skipped (already online). 1: some user failed, or a bad line in the"
                    + " user list. 2: usage or configuration error, or a server that cannot notify."
        })
final class NotifyCommand implements Callable<Integer> {
    @Mixin
    SiteOptions siteOptions;

    @Option(
            names = "--users",
            paramLabel = "FILE",
            description = "CSV file with a SipAddress and/or UserPrincipalName column (the wave's user list)")
    Path usersFile;

    @Option(names = "--user", paramLabel = "X", arity = "1..*", description = "SIP address(es) or UPN(s)")
    List<String> users;

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            description = "where to write notify.json, notify-junit.xml and notify.html")
    Path reportDir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Granting a policy again changes nothing: an interrupted run is simply run again.
        try (Interruption interruption =
                Interruption.immediate(spec.commandLine().getErr())) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            HybridSite site = siteOptions.site();
            NotifyJob.requireSupported(site);
            UserSource source = UserSource.exactlyOne(
                    "name the users one way: exactly one of --users FILE, --user X...", usersFile, users, null, null);
            if (usersFile != null) {
                ReadableFile.require(usersFile, usersFile.toString());
            }
            if (reportDir != null) {
                ReportFiles.prepareDirectory(reportDir);
            }
            NotifyResult result;
            UserSelection selection;
            try (HybridConnections connections = siteOptions.open(site, err)) {
                selection = source.read(new IdentityRules(site.sipDomains()), connections::shell, Home.ONLINE);
                selection
                        .problems()
                        .forEach(p -> err.println("lync-hybrid: bad line " + ConsoleText.line(p.toString())));
                result = new NotifyJob(site, connections.shell()).run(selection.users());
            }
            for (NotifyOutcome outcome : result.outcomes()) {
                out.println(ConsoleText.line(outcome.user() + ": "
                        + outcome.status().name().toLowerCase(java.util.Locale.ROOT) + " — " + outcome.reason()));
            }
            out.println(result.summary());
            out.flush();
            if (reportDir != null) {
                NotifyReports.write(reportDir, result);
            }
            return selection.problems().isEmpty() ? result.exitStatus().code() : Main.EXIT_PROBLEMS;
        }
    }
}
