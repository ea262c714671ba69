package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.lynchybrid.errors.StepResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;

/**
 * Where a step's reports go. The engine writes them on the controller, into the build's own folder (so the build
 * page can show them after the workspace is gone); they are then copied into the workspace, where the Jenkinsfile
 * archives or publishes them.
 */
final class StepReports {
    private static final String FOLDER = "lync-hybrid";

    private StepReports() {}

    /** The build-folder directory of one step's files, named by {@link #claimName} (e.g. readiness-2). */
    static Path buildDirectory(Run<?, ?> run, String name) {
        return new File(new File(run.getRootDir(), FOLDER), name).toPath();
    }

    /**
     * Claims a fresh name for one step's reports, the kind and a number (readiness-1, readiness-2), by creating its
     * build-folder directory: steps running in parallel branches never share one.
     */
    static String claimName(Run<?, ?> run, String kind) throws IOException {
        Files.createDirectories(new File(run.getRootDir(), FOLDER).toPath());
        for (int index = 1; ; index++) {
            String name = kind + "-" + index;
            try {
                Files.createDirectory(buildDirectory(run, name));
                return name;
            } catch (FileAlreadyExistsException e) {
                // an earlier step of this kind in this build has it
            }
        }
    }

    /**
     * Copies every report file into the workspace folder, links the HTML report from the build page and returns
     * the script's summary with the reports' paths. With {@code propagate} (the default) the outcome also acts on
     * the pipeline as Jenkins' own steps do: a failed outcome throws, so the next step does not run (the reports
     * are already in the workspace for a {@code post} block); an aborted one ends the step ABORTED, as a stopped
     * step ends; an unstable one marks the build. Without it the
     * script gets the summary whatever the outcome and decides itself, as with the {@code build} step.
     *
     * @param step the step's function name, for the failure message
     */
    static Map<String, Object> publish(
            Run<?, ?> run,
            String name,
            String title,
            FilePath workspace,
            String reportDir,
            StepOutcome outcome,
            String step,
            boolean propagate)
            throws IOException, InterruptedException {
        FilePath target = WorkspaceFiles.resolve(workspace, reportDir, "reportDir");
        target.mkdirs();
        new FilePath(buildDirectory(run, name).toFile()).copyRecursiveTo(target);
        run.addAction(
                new ReportAction(name, title, outcome.line(), outcome.files().html()));
        String html = reportDir + "/" + outcome.files().html();
        if (propagate && outcome.result() == StepResult.FAILURE) {
            throw new AbortException(step + ": " + outcome.line() + " (report: " + html
                    + "; propagate: false returns the summary instead of failing)");
        }
        if (propagate && outcome.result() == StepResult.ABORTED) {
            // as Jenkins ends a stopped step: the build is ABORTED, not failed
            throw new FlowInterruptedException(Result.ABORTED, true);
        }
        if (propagate && outcome.result() == StepResult.UNSTABLE) {
            run.setResult(Result.UNSTABLE);
        }
        Map<String, Object> summary = new LinkedHashMap<>(outcome.summary());
        summary.put("reportDir", reportDir);
        summary.put("html", html);
        summary.put("json", reportDir + "/" + outcome.files().json());
        summary.put("junit", reportDir + "/" + outcome.files().junit());
        return summary;
    }
}
