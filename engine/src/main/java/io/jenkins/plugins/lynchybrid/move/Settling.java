package io.jenkins.plugins.lynchybrid.move;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The job's waits on its admission window, bounded once the job stops: users in flight then get {@code drain} to
 * finish, so a worker that can no longer settle its user (a dead disk, a lost thread) never makes the job wait
 * forever.
 */
final class Settling {
    private static final long POLL_MILLIS = 200;

    private final Semaphore window;
    private final OutcomeLedger ledger;
    private final Duration drain;
    private long stopSeenNanos;
    private boolean stopSeen;

    Settling(Semaphore window, OutcomeLedger ledger, Duration drain) {
        this.window = window;
        this.ledger = ledger;
        this.drain = drain;
    }

    /** Takes {@code permits} places; false when the job stopped and they were not freed within the drain time. */
    boolean acquire(int permits) throws InterruptedException {
        while (!window.tryAcquire(permits, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (!ledger.stopping()) {
                continue;
            }
            if (!stopSeen) {
                stopSeen = true;
                stopSeenNanos = System.nanoTime();
            } else if (System.nanoTime() - stopSeenNanos > drain.toNanos()) {
                return false;
            }
        }
        return true;
    }
}
