package io.jenkins.plugins.lynchybrid.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.lynchybrid.configure.ApplySettings;
import io.jenkins.plugins.lynchybrid.configure.ChangeOutcome;
import io.jenkins.plugins.lynchybrid.configure.Configurator;
import io.jenkins.plugins.lynchybrid.configure.ConfigureReports;
import io.jenkins.plugins.lynchybrid.configure.ConfigureResult;
import io.jenkins.plugins.lynchybrid.configure.ConfigureText;
import io.jenkins.plugins.lynchybrid.configure.Plan;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code lyncHybridConfigure}: plans the hybrid settings and, unless it is a dry run, applies what differs and
 * verifies. A dry run is the default: changing a production deployment must be asked for.
 */
public final class ConfigureStep extends Step {
    static final String DEFAULT_REPORT_DIR = "lync-hybrid/configure";

    private final String site;
    private boolean dryRun = true;
    private String reportDir = DEFAULT_REPORT_DIR;

    @DataBoundConstructor
    public ConfigureStep(String site) {
        this.site = Util.fixNull(site).trim();
    }

    public String getSite() {
        return site;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
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
        private final transient ConfigureStep step;

        Execution(ConfigureStep step, StepContext context) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            Run<?, ?> run = context.get(Run.class);
            FilePath target = WorkspaceFiles.resolve(context.get(FilePath.class), step.reportDir, "reportDir");
            String name = StepReports.claimName(run, "configure");
            Path local = StepReports.buildDirectory(run, name);
            ConfigureResult result;
            try (SiteSession session = SiteSession.open(context, step.site)) {
                result = session.call(c -> {
                    Configurator configurator = new Configurator(session.site(), c.shell(), ApplySettings.defaults());
                    return step.dryRun ? configurator.dryRun() : configurator.apply();
                });
                session.console().print(ConfigureText.result(result));
            }
            ConfigureReports.write(local, result);
            int planned = result.plan().map(Plan::changes).map(List::size).orElse(0);
            long applied = result.apply()
                    .map(a -> a.count(ChangeOutcome.Status.APPLIED))
                    .orElse(0L);
            long failed = result.apply()
                    .map(a -> a.count(ChangeOutcome.Status.FAILED) + a.count(ChangeOutcome.Status.OUTCOME_UNKNOWN))
                    .orElse(0L);
            String outcome = result.status().name().toLowerCase(Locale.ROOT) + ": " + planned
                    + " change(s) planned, " + applied + " applied, " + failed + " failed"
                    + result.error().map(e -> " (" + e + ")").orElse("");
            StepReports.publish(
                    run,
                    local,
                    target,
                    new ReportAction(name, "Lync hybrid configuration", outcome, ConfigureReports.HTML));
            if (result.status() == ConfigureResult.Status.FAILED) {
                run.setResult(Result.FAILURE);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("status", result.status().name());
            summary.put("dryRun", step.dryRun);
            summary.put("planned", planned);
            summary.put("applied", applied);
            summary.put("failed", failed);
            summary.put("converged", result.status() == ConfigureResult.Status.CONVERGED);
            result.error().ifPresent(e -> summary.put("error", e));
            summary.put("reportDir", step.reportDir);
            summary.put("html", step.reportDir + "/" + ConfigureReports.HTML);
            summary.put("json", step.reportDir + "/" + ConfigureReports.RESULT);
            summary.put("junit", step.reportDir + "/" + ConfigureReports.JUNIT);
            return summary;
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "lyncHybridConfigure";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Configure the Lync hybrid";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FilePath.class, Launcher.class);
        }
    }
}
