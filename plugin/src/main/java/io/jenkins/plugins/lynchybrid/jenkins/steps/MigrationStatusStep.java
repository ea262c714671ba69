package io.jenkins.plugins.lynchybrid.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import io.jenkins.plugins.lynchybrid.errors.StepResult;
import io.jenkins.plugins.lynchybrid.status.StatusJob;
import io.jenkins.plugins.lynchybrid.status.StatusReports;
import io.jenkins.plugins.lynchybrid.status.StatusResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code lyncMigrationStatus}: one report across the waves' journals and the live state (the engine's
 * {@link StatusJob}). Read-only: it succeeds once the report is written.
 */
public final class MigrationStatusStep extends SiteStep {
    static final String FUNCTION_NAME = "lyncMigrationStatus";
    private static final StepOutcome.ReportFiles FILES =
            new StepOutcome.ReportFiles(StatusReports.HTML_FILE, StatusReports.JSON_FILE, StatusReports.JUNIT_FILE);

    private final String journals;

    /** @param journals the waves' journals in the workspace, one per line, oldest wave first */
    @DataBoundConstructor
    public MigrationStatusStep(String site, String journals) {
        super(site);
        this.journals = journals == null ? "" : journals;
    }

    public String getJournals() {
        return journals;
    }

    private List<String> journalList() {
        return journals.lines().map(String::strip).filter(j -> !j.isEmpty()).toList();
    }

    @Override
    protected String defaultReportDir() {
        return "lync-hybrid/status";
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(this, context);
    }

    private static final class Execution extends ReportingExecution<MigrationStatusStep> {
        private static final long serialVersionUID = 1L;

        Execution(MigrationStatusStep step, StepContext context) {
            super(step, context, "status", "Lync migration status");
        }

        @Override
        protected StepOutcome work(MigrationStatusStep step, StepContext context, String name) throws Exception {
            List<String> given = step.journalList();
            if (given.isEmpty()) {
                throw new AbortException(
                        FUNCTION_NAME + " needs journals: the waves' journals in the workspace," + " one per line");
            }
            Run<?, ?> run = context.get(Run.class);
            FilePath workspace = context.get(FilePath.class);
            Path input = StepReports.buildDirectory(run, name + "-input");
            List<Path> local = new ArrayList<>();
            for (String journal : given) {
                // keep each wave's file name: the report names waves after their journals
                Path wave = input.resolve(String.valueOf(local.size() + 1))
                        .resolve(Path.of(journal).getFileName().toString());
                local.add(WorkspaceFiles.fetch(workspace, journal, "journals", wave));
            }
            StatusResult result;
            try (SiteSession session = SiteSession.open(context, step.getSite())) {
                result = session.call(c -> new StatusJob(session.site(), c.shell()).run(local));
                session.console().print(StatusReports.summary(result));
            }
            StatusReports.write(result, StepReports.buildDirectory(run, name));
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("status", StepResult.SUCCESS.summaryStatus());
            summary.put("moved", result.moved());
            summary.put("verified", result.verified());
            summary.put("pending", result.pending());
            summary.put("failed", result.failed());
            summary.put("online", result.online());
            summary.put("onPremises", result.onPremises());
            summary.put("failureClusters", result.clusters().size());
            String line = result.moved() + " moved, " + result.verified() + " verified, " + result.pending()
                    + " pending, " + result.failed() + " failed, " + result.onPremises() + " still on-premises";
            return new StepOutcome(line, FILES, StepResult.SUCCESS, summary);
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
            return "Report the status of a Lync migration across waves";
        }
    }
}
