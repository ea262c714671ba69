package io.jenkins.plugins.lynchybrid.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** lyncMoveUsers' build result per exit status, as docs/exit-codes.md's "Pipeline steps" table gives it. */
class StepResultTest {

    @Test
    void aMoveThatDidEverythingSucceeds() {
        assertEquals(StepResult.SUCCESS, StepResult.ofMoveUsers(ExitStatus.DONE, false));
        assertEquals(StepResult.SUCCESS, StepResult.ofMoveUsers(ExitStatus.DONE, true));
    }

    @Test
    void failedUsersLeaveAWaveUnstableButFailARollback() {
        assertEquals(StepResult.UNSTABLE, StepResult.ofMoveUsers(ExitStatus.PROBLEMS, false));
        assertEquals(StepResult.FAILURE, StepResult.ofMoveUsers(ExitStatus.PROBLEMS, true));
    }

    @Test
    void aHaltedMoveFailsTheStepInsteadOfMarkingItUnstable() {
        assertEquals(StepResult.FAILURE, StepResult.ofMoveUsers(ExitStatus.HALTED, false));
        assertEquals(StepResult.FAILURE, StepResult.ofMoveUsers(ExitStatus.HALTED, true));
        assertEquals("FAILED", StepResult.ofMoveUsers(ExitStatus.HALTED, false).summaryStatus());
    }

    @Test
    void anInterruptedMoveIsAbortedAsAStoppedStepIs() {
        assertEquals(StepResult.ABORTED, StepResult.ofMoveUsers(ExitStatus.INTERRUPTED, false));
        assertEquals(StepResult.ABORTED, StepResult.ofMoveUsers(ExitStatus.INTERRUPTED, true));
        assertEquals(
                "ABORTED", StepResult.ofMoveUsers(ExitStatus.INTERRUPTED, false).summaryStatus());
    }

    @Test
    void aUsageErrorFailsTheStep() {
        assertEquals(StepResult.FAILURE, StepResult.ofMoveUsers(ExitStatus.USAGE, false));
    }

    @Test
    void aVerificationWithAFailedUserIsUnstableAndWithPendingUsersOnlySucceeds() {
        assertEquals(StepResult.UNSTABLE, StepResult.ofVerify(ExitStatus.PROBLEMS));
        assertEquals(StepResult.SUCCESS, StepResult.ofVerify(ExitStatus.DONE));
        assertEquals(StepResult.FAILURE, StepResult.ofVerify(ExitStatus.HALTED));
    }
}
