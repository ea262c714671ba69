package io.jenkins.plugins.lynchybrid.jenkins.steps;

import io.jenkins.plugins.lynchybrid.errors.StepResult;
import java.util.Map;

/**
 * What a step hands back once the engine is done: the outcome line for the build page, the report files' names,
 * the build result the outcome means (the engine decides it; {@link StepReports#publish} carries it out) and the
 * summary for the script.
 */
record StepOutcome(String line, ReportFiles files, StepResult result, Map<String, Object> summary) {

    /** The engine's file names for one kind of report. */
    record ReportFiles(String html, String json, String junit) {}
}
