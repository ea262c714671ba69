package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Rules every step of the plugin keeps, steps added later included: each is a {@link SiteStep}, so a failed outcome
 * fails it by throwing unless the script passes {@code propagate: false} (see {@link StepReports#publish}).
 */
@WithJenkins
class StepConventionsTest {

    @Test
    void everyStepOfThePluginTakesPropagate(JenkinsRule r) {
        Map<String, Boolean> siteSteps = StepDescriptor.all().stream()
                .filter(d -> d.clazz.getPackageName().startsWith("io.jenkins.plugins.lynchybrid"))
                .collect(Collectors.toMap(
                        StepDescriptor::getFunctionName, d -> SiteStep.class.isAssignableFrom(d.clazz)));

        assertEquals(
                Map.of(
                        "lyncHybridReadiness", true,
                        "lyncHybridConfigure", true,
                        "lyncMoveUsers", true,
                        "lyncVerifyMigration", true,
                        "lyncMigrationStatus", true,
                        "lyncNotifyUsers", true),
                siteSteps);
    }

    @Test
    void propagateIsOnUnlessTheScriptTurnsItOff() {
        List<SiteStep> steps = List.of(
                new ReadinessStep("contoso"),
                new ConfigureStep("contoso"),
                new MoveUsersStep("contoso"),
                new VerifyMigrationStep("contoso", "wave.jsonl"),
                new MigrationStatusStep("contoso", "wave.jsonl"),
                new NotifyUsersStep("contoso"));

        assertEquals(
                List.of(true, true, true, true, true, true),
                steps.stream().map(SiteStep::isPropagate).toList());
    }
}
