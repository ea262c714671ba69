package io.jenkins.plugins.lynchybrid.move;

/**
 * Finds the hosted migration service's capacity without being told it, AIMD-style (like TCP congestion control):
 * slow start doubles the limit each round trip until the first throttling; then the limit grows by one per round
 * trip while latency stays flat (throughput is concurrency over latency, so flat latency means more moves at
 * once still means more moves per second). A throttling reply cuts the limit to at most 90% and to no more than
 * the moves the service is still running (what it has shown it accepts); a timeout halves it. Each cut reacts to
 * one round trip only: replies to moves started before the last cut are old news and ignored.
 */
final class AdaptiveLimit implements LimitPolicy {
    static final int INITIAL = 4;
    private static final double THROTTLE_FACTOR = 0.9;
    private static final double TIMEOUT_FACTOR = 0.5;
    private static final double LATENCY_GROWTH_TOLERANCE = 1.5;
    private static final double SMOOTHING = 0.2;

    private final int maximum;
    private double limit;
    private double slowStartThreshold;
    private long lastCutSeq = -1;
    private double minLatency = Double.MAX_VALUE;
    private double recentLatency;

    AdaptiveLimit(int maximum) {
        if (maximum < 1) {
            throw new IllegalArgumentException("maximum parallelism " + maximum + " must be at least 1");
        }
        this.maximum = maximum;
        this.limit = Math.min(INITIAL, maximum);
        this.slowStartThreshold = maximum;
    }

    @Override
    public int limit() {
        return Math.max(1, (int) limit);
    }

    @Override
    public void onSuccess(long seq, long latencyNanos) {
        minLatency = Math.min(minLatency, latencyNanos);
        recentLatency = recentLatency == 0 ? latencyNanos : recentLatency + SMOOTHING * (latencyNanos - recentLatency);
        boolean latencyFlat = recentLatency <= LATENCY_GROWTH_TOLERANCE * minLatency;
        if (limit < slowStartThreshold && latencyFlat) {
            limit += 1;
        } else if (latencyFlat) {
            limit += 1 / limit;
        } else {
            slowStartThreshold = Math.min(slowStartThreshold, limit);
        }
        limit = Math.min(limit, maximum);
    }

    @Override
    public void onThrottle(long seq, int othersInFlight, long nextSeq) {
        if (seq < lastCutSeq) {
            return;
        }
        cut(Math.min(limit * THROTTLE_FACTOR, Math.max(1, othersInFlight)), nextSeq);
    }

    @Override
    public void onTimeout(long seq, long nextSeq) {
        if (seq < lastCutSeq) {
            return;
        }
        cut(limit * TIMEOUT_FACTOR, nextSeq);
    }

    private void cut(double next, long nextSeq) {
        limit = Math.max(1, next);
        slowStartThreshold = limit;
        lastCutSeq = nextSeq;
    }
}
