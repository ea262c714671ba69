package io.jenkins.plugins.lynchybrid.jenkins.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.AbortException;
import io.jenkins.plugins.lynchybrid.move.Home;
import io.jenkins.plugins.lynchybrid.move.Parallelism;
import org.junit.jupiter.api.Test;

/** Step arguments take the CLI's spellings; a bad one fails naming the step parameter. */
class StepArgumentsTest {

    @Test
    void parallelismTakesAutoOrANumber() throws Exception {
        assertEquals(Parallelism.auto(), StepArguments.parallelism("auto"));
        assertEquals(Parallelism.fixed(8), StepArguments.parallelism("8"));
    }

    @Test
    void parallelismThatIsNeitherIsRefusedNamingTheParameter() {
        AbortException e = assertThrows(AbortException.class, () -> StepArguments.parallelism("lots"));

        assertTrue(e.getMessage().startsWith("lync-hybrid step parameter parallelism: "), e.getMessage());
        assertTrue(e.getMessage().contains("'lots'"), e.getMessage());
    }

    @Test
    void targetTakesOnlineAndOnprem() throws Exception {
        assertEquals(Home.ONLINE, StepArguments.target("online"));
        assertEquals(Home.ON_PREMISES, StepArguments.target("onprem"));
    }

    @Test
    void targetElsewhereIsRefusedNamingTheParameter() {
        AbortException e = assertThrows(AbortException.class, () -> StepArguments.target("mars"));

        assertEquals("lync-hybrid step parameter to: move target 'mars' is not one of online, onprem", e.getMessage());
    }

    @Test
    void maxFailuresMayBeACountOrAShare() throws Exception {
        assertEquals(25, StepArguments.maxFailures("25").count());
        assertEquals(2.0, StepArguments.maxFailures("2%").percent());
    }
}
