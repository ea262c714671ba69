package io.jenkins.plugins.lynchybrid.failures;

/** Hears how each call of a job went, to stop the job when nothing it calls works any more. */
public interface CallObserver {
    /** Whether a call may be made now; false once the job is to stop calling. */
    boolean admits();

    /** The service answered (a user-specific error counts: the service is up). */
    void answered();

    void failed(Failure failure);

    CallObserver NONE = new CallObserver() {
        @Override
        public boolean admits() {
            return true;
        }

        @Override
        public void answered() {}

        @Override
        public void failed(Failure failure) {}
    };
}
