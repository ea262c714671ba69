package io.jenkins.plugins.lynchybrid.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.lynchybrid.move.CsvUserSource;
import io.jenkins.plugins.lynchybrid.move.IdentityRules;
import io.jenkins.plugins.lynchybrid.move.UserSelection;
import io.jenkins.plugins.lynchybrid.readiness.Catalogue;
import io.jenkins.plugins.lynchybrid.readiness.FailOn;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessConsole;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessOptions;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessReport;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessReports;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessRunner;
import io.jenkins.plugins.lynchybrid.readiness.ReadinessSources;
import io.jenkins.plugins.lynchybrid.readiness.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code lyncHybridReadiness}: checks every hybrid prerequisite and reports whether the hybrid is ready. */
public final class ReadinessStep extends Step {
    static final String DEFAULT_REPORT_DIR = "lync-hybrid/readiness";

    private final String site;
    private String users;
    private String failOn = "fail";
    private boolean unstableIfNotReady;
    private String reportDir = DEFAULT_REPORT_DIR;

    @DataBoundConstructor
    public ReadinessStep(String site) {
        this.site = Util.fixNull(site).trim();
    }

    public String getSite() {
        return site;
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
        this.failOn = Util.fixEmptyAndTrim(failOn) == null ? "fail" : failOn.trim();
    }

    public boolean isUnstableIfNotReady() {
        return unstableIfNotReady;
    }

    @DataBoundSetter
    public void setUnstableIfNotReady(boolean unstableIfNotReady) {
        this.unstableIfNotReady = unstableIfNotReady;
    }

    public String getReportDir() {
        return reportDir;
    }

    @DataBoundSetter
    public void setReportDir(String reportDir) {
        this.reportDir = Util.fixEmptyAndTrim(reportDir) == null ? DEFAULT_REPORT_DIR : reportDir.trim();
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(this, context);
    }

    private static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final transient ReadinessStep step;

        Execution(ReadinessStep step, StepContext context) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            Run<?, ?> run = context.get(Run.class);
            FailOn failOn = StepArguments.failOn(step.failOn);
            FilePath target = WorkspaceFiles.resolve(context.get(FilePath.class), step.reportDir, "reportDir");
            String name = StepReports.claimName(run, "readiness");
            Path local = StepReports.buildDirectory(run, name);
            Optional<Path> userList = step.users == null
                    ? Optional.empty()
                    : Optional.of(WorkspaceFiles.fetch(
                            context.get(FilePath.class),
                            step.users,
                            "users",
                            StepReports.buildDirectory(run, name + "-input").resolve("users.csv")));
            ReadinessReport report;
            try (SiteSession session = SiteSession.open(context, step.site)) {
                ReadinessOptions options =
                        ReadinessOptions.defaults().withUsers(session.call(c -> upns(session, userList)));
                report = session.call(
                        c -> new ReadinessRunner(Catalogue.standard(), options).run(ReadinessSources.from(c)));
                session.console().print(ReadinessConsole.render(report, failOn));
                ReadinessReports.write(report, failOn, local);
            }
            boolean ready = report.ready(failOn);
            String outcome = (ready ? "ready" : "not ready") + " (fail on " + step.failOn + "): "
                    + report.count(Status.PASS) + " passed, " + report.count(Status.WARN) + " warnings, "
                    + report.count(Status.FAIL) + " failed, " + report.count(Status.SKIPPED) + " skipped";
            StepReports.publish(
                    run,
                    local,
                    target,
                    new ReportAction(name, "Lync hybrid readiness", outcome, ReadinessReports.HTML));
            if (!ready) {
                run.setResult(step.unstableIfNotReady ? Result.UNSTABLE : Result.FAILURE);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("ready", ready);
            summary.put("status", ready ? "READY" : "NOT_READY");
            for (Status status : Status.values()) {
                summary.put(status.name().toLowerCase(Locale.ROOT), report.count(status));
            }
            summary.put(
                    "failedChecks",
                    new ArrayList<>(report.withStatus(Status.FAIL).stream()
                            .map(r -> r.id())
                            .toList()));
            summary.put("reportDir", step.reportDir);
            summary.put("html", step.reportDir + "/" + ReadinessReports.HTML);
            summary.put("json", step.reportDir + "/" + ReadinessReports.JSON);
            summary.put("junit", step.reportDir + "/" + ReadinessReports.JUNIT);
            return summary;
        }
    }

    /** Readiness looks users up by UPN; a line with only a SIP address is looked up by that address. */
    private static List<String> upns(SiteSession session, Optional<Path> userList) {
        if (userList.isEmpty()) {
            return List.of();
        }
        UserSelection selection =
                new CsvUserSource(new IdentityRules(session.site().sipDomains())).read(userList.get());
        selection.problems().forEach(p -> session.console().println("lync-hybrid: bad line " + p));
        return selection.users().stream()
                .map(u -> u.userPrincipalName().orElse(u.identity()))
                .toList();
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "lyncHybridReadiness";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Check Lync hybrid readiness";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FilePath.class, Launcher.class);
        }
    }
}
