package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.move.FailureBudget;
import io.jenkins.plugins.lynchybrid.move.Parallelism;
import org.junit.jupiter.api.Test;

/** Step arguments take the CLI's spellings; a bad one fails naming the step and the parameter, never a CLI option. */
class StepArgumentsTest {
    private final StepArguments move = new StepArguments("lyncMoveUsers");

    @Test
    void parallelismTakesAutoOrANumber() {
        assertEquals(Parallelism.auto(), move.parallelism("auto"));
        assertEquals(Parallelism.fixed(8), move.parallelism("8"));
    }

    @Test
    void parallelismThatIsNeitherIsRefusedNamingTheStepAndParameter() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> move.parallelism("lots"));

        assertEquals(
                "lyncMoveUsers parameter parallelism: 'lots' is neither auto nor a number of moves", e.getMessage());
    }

    @Test
    void targetTakesOnlineAndOnprem() {
        assertEquals(Home.ONLINE, move.target("online"));
        assertEquals(Home.ON_PREMISES, move.target("onprem"));
    }

    @Test
    void targetElsewhereIsRefusedNamingTheStepAndParameter() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> move.target("mars"));

        assertEquals(
                "lyncMoveUsers parameter to: 'mars' is not one of online, onprem (or on-premises)", e.getMessage());
    }

    @Test
    void maxFailuresMayBeACountOrAShare() {
        assertEquals(25, move.maxFailures("25").count());
        assertEquals(2.0, move.maxFailures("2%").percent());
    }

    @Test
    void maxFailuresLeftOutIsUnlimited() {
        assertEquals(FailureBudget.unlimited(), move.maxFailures(null));
    }

    @Test
    void maxFailuresBeyondAllUsersIsRefusedNamingTheStepAndParameter() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> move.maxFailures("120%"));

        assertEquals("lyncMoveUsers parameter maxFailures: '120%' is not a percentage from 0% to 100%", e.getMessage());
    }

    @Test
    void failOnOutsideFailAndWarnIsRefusedNamingTheStepAndParameter() {
        ConfigurationException e = assertThrows(
                ConfigurationException.class, () -> new StepArguments("lyncHybridReadiness").failOn("never"));

        assertEquals("lyncHybridReadiness parameter failOn: 'never' is not one of fail, warn", e.getMessage());
    }

    @Test
    void syncThresholdThatIsNoDurationIsRefusedNamingTheStepAndParameter() {
        ConfigurationException e = assertThrows(
                ConfigurationException.class, () -> new StepArguments("lyncHybridReadiness").syncThreshold("soon"));

        assertEquals(
                "lyncHybridReadiness parameter syncThreshold: 'soon' is not a duration: write e.g. 3h, 90m, 1h30m, 45s"
                        + " or PT3H",
                e.getMessage());
    }
}
