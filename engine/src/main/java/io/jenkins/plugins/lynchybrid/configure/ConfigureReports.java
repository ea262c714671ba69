package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.report.JUnitReport;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.shell.CommandLine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a configure run's reports into one directory: plan.json, result.json, configure.html and
 * configure-junit.xml (one testcase per planned change, so Jenkins shows which setting failed to apply, and one
 * for the run as a whole, so a run with nothing to change still reports a result).
 */
public final class ConfigureReports {
    public static final String PLAN = "plan.json";
    public static final String RESULT = "result.json";
    public static final String HTML = "configure.html";
    public static final String JUNIT = "configure-junit.xml";

    private ConfigureReports() {}

    public static void write(Path directory, ConfigureResult result) throws IOException {
        if (result.plan().isPresent()) {
            ReportFiles.writeJson(directory, PLAN, PlanJson.of(result.plan().get()));
        }
        ReportFiles.writeJson(directory, RESULT, ResultJson.of(result));
        ReportFiles.writeText(directory, HTML, ConfigureHtml.render(result));
        JUnitReport.write(directory, JUNIT, "configure " + result.site(), testCases(result));
    }

    private static List<JUnitReport.TestCase> testCases(ConfigureResult result) {
        List<JUnitReport.TestCase> cases = new ArrayList<>(result.apply()
                .map(apply ->
                        apply.changes().stream().map(ConfigureReports::testCase).toList())
                .orElseGet(() -> result.plan().stream()
                        .flatMap(p -> p.changes().stream())
                        .map(c -> testCase(ChangeOutcome.notAttempted(c)))
                        .toList()));
        boolean failed = result.status() == ConfigureResult.Status.FAILED;
        cases.add(new JUnitReport.TestCase(
                "configure.Result",
                result.dryRun() ? "plan" : "apply and verify",
                0,
                failed ? JUnitReport.Outcome.FAILED : JUnitReport.Outcome.PASSED,
                result.error().orElse(result.status().name()),
                null));
        return cases;
    }

    private static JUnitReport.TestCase testCase(ChangeOutcome outcome) {
        Change change = outcome.change();
        JUnitReport.Outcome junit =
                switch (outcome.status()) {
                    case APPLIED -> JUnitReport.Outcome.PASSED;
                    case FAILED, OUTCOME_UNKNOWN -> JUnitReport.Outcome.FAILED;
                    case NOT_ATTEMPTED -> JUnitReport.Outcome.SKIPPED;
                };
        return new JUnitReport.TestCase(
                "configure." + change.resource().displayName(),
                ChangeText.summary(change),
                0,
                junit,
                outcome.message().orElse(outcome.status().name()),
                CommandLine.of(change.call()));
    }
}
