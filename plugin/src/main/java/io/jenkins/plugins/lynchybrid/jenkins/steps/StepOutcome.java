package io.jenkins.plugins.lynchybrid.jenkins.steps;

import java.util.Map;

/**
 * What a step hands back once the engine is done: the outcome line for the build page, the report files' names,
 * what the outcome means for the pipeline and the summary for the script.
 */
record StepOutcome(String line, ReportFiles files, Verdict verdict, Map<String, Object> summary) {

    /** The engine's file names for one kind of report. */
    record ReportFiles(String html, String json, String junit) {}

    /**
     * What the outcome means for the pipeline, as Jenkins' own steps express it: a failure throws (as {@code error}
     * does), an unstable outcome marks the build and lets the script go on (as {@code unstable} does).
     */
    enum Verdict {
        CLEAN,
        UNSTABLE,
        FAILED
    }
}
