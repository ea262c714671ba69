package io.jenkins.plugins.lynchybrid.move;

/**
 * Decides how many moves may run at once. {@link MoveSlots} calls it under its lock, so implementations need no
 * synchronisation of their own. {@code seq} numbers attempts in the order they started.
 */
interface LimitPolicy {
    int limit();

    void onSuccess(long seq, long latencyNanos);

    /** The service refused a move for load; {@code othersInFlight} moves are still running. */
    void onThrottle(long seq, int othersInFlight, long nextSeq);

    /** A move timed out or its host died: the service may be overloaded. */
    void onTimeout(long seq, long nextSeq);

    static LimitPolicy fixed(int limit) {
        return new LimitPolicy() {
            @Override
            public int limit() {
                return limit;
            }

            @Override
            public void onSuccess(long seq, long latencyNanos) {}

            @Override
            public void onThrottle(long seq, int othersInFlight, long nextSeq) {}

            @Override
            public void onTimeout(long seq, long nextSeq) {}
        };
    }
}
