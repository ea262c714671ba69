package io.jenkins.plugins.lynchybrid.errors;

/**
 * The build result a pipeline step ends with, named as Jenkins names them ({@code hudson.model.Result}), for each
 * {@link ExitStatus} (docs/exit-codes.md, "Pipeline steps"). The plugin only carries it out: a failure throws, an
 * unstable outcome marks the build, an abort ends the step as a stopped step ends.
 */
public enum StepResult {
    SUCCESS,
    UNSTABLE,
    FAILURE,
    ABORTED;

    /**
     * {@code lyncMoveUsers}: problems (failed users, bad lines, the failure limit) leave the build UNSTABLE, except in
     * a rollback, where a user not brought back fails the step; a job that could not run or was stopped fails it;
     * an interrupted job is ABORTED, as Jenkins ends a stopped step.
     *
     * @param rollback whether the step moves the users of a journal back
     */
    public static StepResult ofMoveUsers(ExitStatus status, boolean rollback) {
        return switch (status) {
            case DONE -> SUCCESS;
            case PROBLEMS -> rollback ? FAILURE : UNSTABLE;
            case USAGE, HALTED -> FAILURE;
            case INTERRUPTED -> ABORTED;
        };
    }

    /**
     * {@code lyncVerifyMigration}: a user whose completion failed leaves the build UNSTABLE, as a failed user of the
     * wave's moves does; pending users are no problem.
     */
    public static StepResult ofVerify(ExitStatus status) {
        return ofMoveUsers(status, false);
    }

    /** The summary's {@code status}: the result's name, with FAILURE said as {@code FAILED}, as the steps always have. */
    public String summaryStatus() {
        return this == FAILURE ? "FAILED" : name();
    }
}
