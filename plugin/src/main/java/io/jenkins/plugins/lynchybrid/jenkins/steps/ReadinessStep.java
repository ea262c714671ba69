package io.jenkins.plugins.lynchybrid.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Run;
import io.jenkins.plugins.lynchybrid.errors.StepResult;
import io.jenkins.plugins.lynchybrid.readiness.Catalogue;
import io.jenkins.plugins.lynchybrid.readiness.CheckResult;
import io.jenkins.plugins.lynchybrid.readiness.FailOn;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessConsole;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessOptions;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessReport;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessReports;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessRunner;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessSources;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessUsers;
import io.jenkins.plugins.lynchybrid.readiness.Status;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code lyncHybridReadiness}: checks every hybrid prerequisite and reports whether the hybrid is ready. */
public final class ReadinessStep extends SiteStep {
    static final String FUNCTION_NAME = "lyncHybridReadiness";
    private static final String DEFAULT_SYNC_THRESHOLD = "3h";
    private static final StepOutcome.ReportFiles FILES =
            new StepOutcome.ReportFiles(ReadinessReports.HTML, ReadinessReports.JSON, ReadinessReports.JUNIT);

    private String users;
    private String failOn = "fail";
    private boolean unstableIfNotReady;
    private String syncThreshold = DEFAULT_SYNC_THRESHOLD;

    @DataBoundConstructor
    public ReadinessStep(String site) {
        super(site);
    }

    public String getUsers() {
        return users;
    }

    /** A CSV user list in the workspace (SipAddress and/or UserPrincipalName); these users are checked too. */
    @DataBoundSetter
    public void setUsers(String users) {
        this.users = Util.fixEmptyAndTrim(users);
    }

    public String getFailOn() {
        return failOn;
    }

    /** {@code fail}: only failed checks make the hybrid not ready; {@code warn}: warnings do too. */
    @DataBoundSetter
    public void setFailOn(String failOn) {
        this.failOn = Objects.requireNonNullElse(Util.fixEmptyAndTrim(failOn), "fail");
    }

    public boolean isUnstableIfNotReady() {
        return unstableIfNotReady;
    }

    @DataBoundSetter
    public void setUnstableIfNotReady(boolean unstableIfNotReady) {
        this.unstableIfNotReady = unstableIfNotReady;
    }

    public String getSyncThreshold() {
        return syncThreshold;
    }

    /** How old the tenant's last directory sync may be: {@code 3h}, {@code 90m}, {@code 1h30m} or {@code PT3H}. */
    @DataBoundSetter
    public void setSyncThreshold(String syncThreshold) {
        this.syncThreshold = Objects.requireNonNullElse(Util.fixEmptyAndTrim(syncThreshold), DEFAULT_SYNC_THRESHOLD);
    }

    @Override
    protected String defaultReportDir() {
        return "lync-hybrid/readiness";
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(this, context);
    }

    private static final class Execution extends ReportingExecution<ReadinessStep> {
        private static final long serialVersionUID = 1L;

        Execution(ReadinessStep step, StepContext context) {
            super(step, context, "readiness", "Lync hybrid readiness");
        }

        @Override
        protected StepOutcome work(ReadinessStep step, StepContext context, String name) throws Exception {
            StepArguments arguments = new StepArguments(FUNCTION_NAME);
            FailOn failOn = StepArguments.asStepFailure(() -> arguments.failOn(step.failOn));
            Duration syncThreshold = StepArguments.asStepFailure(() -> arguments.syncThreshold(step.syncThreshold));
            Run<?, ?> run = context.get(Run.class);
            Optional<Path> userList = step.users == null
                    ? Optional.empty()
                    : Optional.of(WorkspaceFiles.fetch(
                            context.get(FilePath.class),
                            step.users,
                            "users",
                            StepReports.buildDirectory(run, name + "-input").resolve("users.csv")));
            ReadinessReport report;
            try (SiteSession session = SiteSession.open(context, step.getSite())) {
                ReadinessOptions options = ReadinessOptions.defaults()
                        .withSyncThreshold(syncThreshold)
                        .withUsers(session.call(c -> upns(session, userList)));
                report = session.call(
                        c -> new ReadinessRunner(Catalogue.standard(), options).run(ReadinessSources.from(c)));
                session.console().println(ConsoleText.lines(ReadinessConsole.render(report, failOn)));
            }
            ReadinessReports.write(report, failOn, StepReports.buildDirectory(run, name));
            boolean ready = report.ready(failOn);
            String line = (ready ? "ready" : "not ready") + " (fail on " + step.failOn + "): "
                    + report.count(Status.PASS) + " passed, " + report.count(Status.WARN) + " warnings, "
                    + report.count(Status.FAIL) + " failed, " + report.count(Status.SKIPPED) + " skipped";
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("ready", ready);
            summary.put("status", ready ? "READY" : "NOT_READY");
            for (Status status : Status.values()) {
                summary.put(status.name().toLowerCase(Locale.ROOT), report.count(status));
            }
            summary.put(
                    "failedChecks",
                    new ArrayList<>(report.withStatus(Status.FAIL).stream()
                            .map(CheckResult::id)
                            .toList()));
            StepResult verdict =
                    ready ? StepResult.SUCCESS : step.unstableIfNotReady ? StepResult.UNSTABLE : StepResult.FAILURE;
            return new StepOutcome(line, FILES, verdict, summary);
        }
    }

    private static List<String> upns(SiteSession session, Optional<Path> userList) {
        return userList.map(file -> ReadinessUsers.fromCsv(
                        file,
                        session.site(),
                        p -> session.console().println("lync-hybrid: bad line " + ConsoleText.line(p.toString()))))
                .orElse(List.of());
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
            return "Check Lync hybrid readiness";
        }
    }
}
