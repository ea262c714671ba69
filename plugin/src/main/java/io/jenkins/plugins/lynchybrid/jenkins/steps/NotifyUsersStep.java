package io.jenkins.plugins.lynchybrid.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Run;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.StepResult;
import io.jenkins.plugins.lynchybrid.notify.NotifyJob;
import io.jenkins.plugins.lynchybrid.notify.NotifyOutcome;
import io.jenkins.plugins.lynchybrid.notify.NotifyReports;
import io.jenkins.plugins.lynchybrid.notify.NotifyResult;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import io.jenkins.plugins.lynchybrid.users.UserSource;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code lyncNotifyUsers}: tells a wave's users, in their Skype for Business client, that their upgrade to Teams is
 * coming (the engine's {@link NotifyJob}; Skype for Business Server 2019 only). A translation only: the users file
 * comes from the workspace, the outcome goes back as the summary and the reports.
 */
public final class NotifyUsersStep extends SiteStep {
    static final String FUNCTION_NAME = "lyncNotifyUsers";
    private static final StepOutcome.ReportFiles FILES =
            new StepOutcome.ReportFiles(NotifyReports.HTML, NotifyReports.JSON, NotifyReports.JUNIT);

    private String users;

    @DataBoundConstructor
    public NotifyUsersStep(String site) {
        super(site);
    }

    public String getUsers() {
        return users;
    }

    /** A CSV user list in the workspace (SipAddress and/or UserPrincipalName): the wave to notify. */
    @DataBoundSetter
    public void setUsers(String users) {
        this.users = Util.fixEmptyAndTrim(users);
    }

    @Override
    protected String defaultReportDir() {
        return "lync-hybrid/notify";
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(this, context);
    }

    private static final class Execution extends ReportingExecution<NotifyUsersStep> {
        private static final long serialVersionUID = 1L;

        Execution(NotifyUsersStep step, StepContext context) {
            super(step, context, "notify", "Lync Teams upgrade notification");
        }

        @Override
        protected StepOutcome work(NotifyUsersStep step, StepContext context, String name) throws Exception {
            if (step.users == null) {
                throw new hudson.AbortException(
                        FUNCTION_NAME + " parameter users is missing: name the wave's CSV file");
            }
            Run<?, ?> run = context.get(Run.class);
            Path userList = WorkspaceFiles.fetch(
                    context.get(FilePath.class),
                    step.users,
                    "users",
                    StepReports.buildDirectory(run, name + "-input").resolve("users.csv"));
            NotifyResult result;
            UserSelection selection;
            try (SiteSession session = SiteSession.open(context, step.getSite())) {
                // a server that cannot notify is refused before the users are read or a host starts
                session.call(c -> {
                    NotifyJob.requireSupported(session.site());
                    return null;
                });
                selection = session.call(
                        c -> UserSource.exactlyOne("users names the wave's CSV file", userList, null, null, null)
                                .read(new IdentityRules(session.site().sipDomains()), c::shell, Home.ONLINE));
                selection
                        .problems()
                        .forEach(p ->
                                session.console().println("lync-hybrid: bad line " + ConsoleText.line(p.toString())));
                result = session.call(c -> new NotifyJob(session.site(), c.shell()).run(selection.users()));
                session.console().println(ConsoleText.line(result.summary()));
            }
            NotifyReports.write(StepReports.buildDirectory(run, name), result);
            Map<String, Object> summary = new LinkedHashMap<>();
            for (NotifyOutcome.Status status : NotifyOutcome.Status.values()) {
                summary.put(status.name().toLowerCase(Locale.ROOT), result.count(status));
            }
            summary.put("badLines", selection.problems().size());
            summary.put("policy", result.policy());
            boolean clean = result.count(NotifyOutcome.Status.FAILED) == 0
                    && selection.problems().isEmpty();
            summary.put("status", clean ? "SUCCESS" : "UNSTABLE");
            return new StepOutcome(result.summary(), FILES, clean ? StepResult.SUCCESS : StepResult.UNSTABLE, summary);
        }
    }

    @Extension
    public static final class DescriptorImpl extends SiteStepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Notify Lync users of their upgrade to Teams";
        }
    }
}
