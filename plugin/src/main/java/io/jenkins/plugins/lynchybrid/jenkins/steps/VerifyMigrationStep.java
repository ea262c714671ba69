package io.jenkins.plugins.lynchybrid.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Run;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.StepResult;
import io.jenkins.plugins.lynchybrid.journal.JobKey;
import io.jenkins.plugins.lynchybrid.journal.JobLocks;
import io.jenkins.plugins.lynchybrid.journal.UserCompletion.State;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import io.jenkins.plugins.lynchybrid.verify.VerifyJob;
import io.jenkins.plugins.lynchybrid.verify.VerifyOptions;
import io.jenkins.plugins.lynchybrid.verify.VerifyReports;
import io.jenkins.plugins.lynchybrid.verify.VerifyResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code lyncVerifyMigration}: completion after the move for the users a wave's journal moved online (the engine's
 * {@link VerifyJob}); each user's completion is written to the journal, which is copied back to the workspace.
 */
public final class VerifyMigrationStep extends SiteStep {
    static final String FUNCTION_NAME = "lyncVerifyMigration";
    private static final StepOutcome.ReportFiles FILES =
            new StepOutcome.ReportFiles(VerifyReports.HTML_FILE, VerifyReports.JSON_FILE, VerifyReports.JUNIT_FILE);

    private final String journal;
    private String pollEvery = "1m";
    private String maxWait = "15m";

    @DataBoundConstructor
    public VerifyMigrationStep(String site, String journal) {
        super(site);
        this.journal = Util.fixEmptyAndTrim(journal);
    }

    public String getJournal() {
        return journal;
    }

    public String getPollEvery() {
        return pollEvery;
    }

    /** How long to wait between looks: {@code 1m}, {@code 30s}, {@code PT1M}. */
    @DataBoundSetter
    public void setPollEvery(String pollEvery) {
        this.pollEvery = Objects.requireNonNullElse(Util.fixEmptyAndTrim(pollEvery), "1m");
    }

    public String getMaxWait() {
        return maxWait;
    }

    /** How long this run keeps looking: {@code 0} looks once; users still pending stay pending. */
    @DataBoundSetter
    public void setMaxWait(String maxWait) {
        this.maxWait = Objects.requireNonNullElse(Util.fixEmptyAndTrim(maxWait), "15m");
    }

    @Override
    protected String defaultReportDir() {
        return "lync-hybrid/verify";
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(this, context);
    }

    private static final class Execution extends ReportingExecution<VerifyMigrationStep> {
        private static final long serialVersionUID = 1L;

        Execution(VerifyMigrationStep step, StepContext context) {
            super(step, context, "verify", "Lync migration completion");
        }

        @Override
        protected StepOutcome work(VerifyMigrationStep step, StepContext context, String name) throws Exception {
            StepArguments arguments = new StepArguments(FUNCTION_NAME);
            VerifyOptions options = StepArguments.asStepFailure(() -> new VerifyOptions(
                    arguments.wait("pollEvery", step.pollEvery), arguments.wait("maxWait", step.maxWait)));
            if (step.journal == null) {
                throw new hudson.AbortException(FUNCTION_NAME + " needs journal: the wave's journal in the workspace");
            }
            Run<?, ?> run = context.get(Run.class);
            FilePath workspace = context.get(FilePath.class);
            Path local = WorkspaceFiles.fetch(
                    workspace,
                    step.journal,
                    "journal",
                    StepReports.buildDirectory(run, name + "-input").resolve("journal.jsonl"));
            VerifyResult result;
            try (SiteSession session = SiteSession.open(context, step.getSite())) {
                JobKey key = JobKey.of(session.site(), Home.ONLINE);
                // the wave lock moves take: a verification and a move never write a journal of the job at once
                try (JobLocks.Held wave = MoveUsersExecution.WAVES.acquire(
                        key,
                        run.getFullDisplayName(),
                        holder -> session.console()
                                .println("lync-hybrid: waiting for " + ConsoleText.line(holder) + ", which holds "
                                        + ConsoleText.line(key.toString())))) {
                    result = session.call(
                            c -> new VerifyJob(session.site(), c.shell(), options, d -> Thread.sleep(d.toMillis()))
                                    .run(local));
                } finally {
                    WorkspaceFiles.resolve(workspace, step.journal, "journal").copyFrom(new FilePath(local.toFile()));
                }
                session.console().print(VerifyReports.summary(result));
            }
            VerifyReports.write(result, StepReports.buildDirectory(run, name));
            Map<String, Object> summary = new LinkedHashMap<>();
            StepResult verdict = StepResult.ofVerify(result.exitStatus());
            summary.put("status", verdict.summaryStatus());
            summary.put("verified", result.count(State.VERIFIED));
            summary.put("pending", result.count(State.PENDING));
            summary.put("failed", result.count(State.FAILED));
            summary.put("journal", step.journal);
            String line = "verified " + result.count(State.VERIFIED) + ", pending " + result.count(State.PENDING)
                    + ", failed " + result.count(State.FAILED);
            return new StepOutcome(line, FILES, verdict, summary);
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
            return "Verify the completion of moved Lync users";
        }
    }
}
