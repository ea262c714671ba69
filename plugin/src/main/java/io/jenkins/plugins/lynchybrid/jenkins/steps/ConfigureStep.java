package io.jenkins.plugins.lynchybrid.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import io.jenkins.plugins.lynchybrid.configure.ApplySettings;
import io.jenkins.plugins.lynchybrid.configure.ChangeOutcome;
import io.jenkins.plugins.lynchybrid.configure.Configurator;
import io.jenkins.plugins.lynchybrid.configure.ConfigureReports;
import io.jenkins.plugins.lynchybrid.configure.ConfigureResult;
import io.jenkins.plugins.lynchybrid.configure.ConfigureText;
import io.jenkins.plugins.lynchybrid.configure.Plan;
import io.jenkins.plugins.lynchybrid.errors.StepResult;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code lyncHybridConfigure}: plans the hybrid settings and, unless it is a dry run, applies what differs and
 * verifies. A dry run is the default: changing a production deployment must be asked for.
 */
public final class ConfigureStep extends SiteStep {
    private static final StepOutcome.ReportFiles FILES =
            new StepOutcome.ReportFiles(ConfigureReports.HTML, ConfigureReports.RESULT, ConfigureReports.JUNIT);

    private boolean dryRun = true;

    @DataBoundConstructor
    public ConfigureStep(String site) {
        super(site);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    @Override
    protected String defaultReportDir() {
        return "lync-hybrid/configure";
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(this, context);
    }

    private static final class Execution extends ReportingExecution<ConfigureStep> {
        private static final long serialVersionUID = 1L;

        Execution(ConfigureStep step, StepContext context) {
            super(step, context, "configure", "Lync hybrid configuration");
        }

        @Override
        protected StepOutcome work(ConfigureStep step, StepContext context, String name) throws Exception {
            ConfigureResult result;
            try (SiteSession session = SiteSession.open(context, step.getSite())) {
                result = session.call(c -> {
                    Configurator configurator = new Configurator(session.site(), c.shell(), ApplySettings.defaults());
                    return step.dryRun ? configurator.dryRun() : configurator.apply();
                });
                session.console().println(ConsoleText.lines(ConfigureText.result(result)));
            }
            ConfigureReports.write(StepReports.buildDirectory(context.get(Run.class), name), result);
            int planned = result.plan().map(Plan::changes).map(List::size).orElse(0);
            long applied = result.apply()
                    .map(a -> a.count(ChangeOutcome.Status.APPLIED))
                    .orElse(0L);
            long failed = result.apply()
                    .map(a -> a.count(ChangeOutcome.Status.FAILED) + a.count(ChangeOutcome.Status.OUTCOME_UNKNOWN))
                    .orElse(0L);
            String line = result.status().name().toLowerCase(Locale.ROOT) + ": " + planned
                    + " change(s) planned, " + applied + " applied, " + failed + " failed"
                    + result.error().map(e -> " (" + e + ")").orElse("");
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("status", result.status().name());
            summary.put("dryRun", step.dryRun);
            summary.put("converged", result.status() == ConfigureResult.Status.CONVERGED);
            summary.put("planned", planned);
            summary.put("applied", applied);
            summary.put("failed", failed);
            result.error().ifPresent(e -> summary.put("error", e));
            StepResult verdict =
                    result.status() == ConfigureResult.Status.FAILED ? StepResult.FAILURE : StepResult.SUCCESS;
            return new StepOutcome(line, FILES, verdict, summary);
        }
    }

    @Extension
    public static final class DescriptorImpl extends SiteStepDescriptor {
        @Override
        public String getFunctionName() {
            return "lyncHybridConfigure";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Configure the Lync hybrid";
        }
    }
}
