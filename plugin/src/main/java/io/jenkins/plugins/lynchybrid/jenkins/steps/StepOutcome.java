package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.model.Result;
import java.util.Map;
import java.util.Optional;

/**
 * What a step hands back once the engine is done: the outcome line for the build page, the report files' names,
 * the build result it calls for (none when the run was clean) and the summary for the script.
 */
record StepOutcome(String line, ReportFiles files, Optional<Result> buildResult, Map<String, Object> summary) {

    /** The engine's file names for one kind of report. */
    record ReportFiles(String html, String json, String junit) {}
}
