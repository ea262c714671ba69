package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.FilePath;
import hudson.model.Run;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * A step that runs one engine job to its end and reports it (readiness, configure). Not durable: after a
 * controller restart it fails, and re-running it is safe because both jobs only read or converge.
 */
abstract class ReportingExecution<S extends SiteStep> extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final transient S step;
    private final String kind;
    private final String title;

    /**
     * @param kind names the step's report folders in the build (kind-1, kind-2)
     * @param title the build page link's text
     */
    ReportingExecution(S step, StepContext context, String kind, String title) {
        super(context);
        this.step = step;
        this.kind = kind;
        this.title = title;
    }

    @Override
    protected final Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        Run<?, ?> run = context.get(Run.class);
        FilePath workspace = context.get(FilePath.class);
        // a bad reportDir fails the step before anything connects
        WorkspaceFiles.resolve(workspace, step.getReportDir(), "reportDir");
        String name = StepReports.claimName(run, kind);
        StepOutcome outcome = work(step, context, name);
        return StepReports.publish(
                run,
                name,
                title,
                workspace,
                step.getReportDir(),
                outcome,
                step.getDescriptor().getFunctionName(),
                step.isPropagate());
    }

    /** Runs the engine job and writes its reports into {@link StepReports#buildDirectory}(run, name). */
    protected abstract StepOutcome work(S step, StepContext context, String name) throws Exception;
}
