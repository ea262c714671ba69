package io.jenkins.plugins.lynchybrid.move;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The gate every Move-CsUser passes: at most {@link LimitPolicy#limit()} moves in flight, the limit moving with
 * what each finished move reports (success, throttling, timeout).
 */
final class MoveSlots {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private final LimitPolicy policy;
    private int inFlight;
    private int waiting;
    private int peak;
    private long nextSeq;
    private final List<Instant> throttledAt = new ArrayList<>();
    private final List<MoveTimeline.InFlight> inFlightChanges = new ArrayList<>();

    MoveSlots(LimitPolicy policy) {
        this.policy = policy;
    }

    /** One admitted move: its start order and time. */
    record Slot(long seq, long startNanos) {}

    Slot acquire() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            waiting++;
            try {
                while (inFlight >= policy.limit()) {
                    freed.await();
                }
            } finally {
                waiting--;
            }
            inFlight++;
            peak = Math.max(peak, inFlight);
            inFlightChanges.add(new MoveTimeline.InFlight(Instant.now(), inFlight, policy.limit()));
            return new Slot(nextSeq++, System.nanoTime());
        } finally {
            lock.unlock();
        }
    }

    void succeeded(Slot slot) {
        release(() -> policy.onSuccess(slot.seq(), System.nanoTime() - slot.startNanos()));
    }

    void throttled(Slot slot) {
        release(() -> {
            throttledAt.add(Instant.now());
            policy.onThrottle(slot.seq(), inFlight, nextSeq);
        });
    }

    void timedOut(Slot slot) {
        release(() -> policy.onTimeout(slot.seq(), nextSeq));
    }

    /** The move failed for a reason that says nothing about the service's load. */
    void released(Slot slot) {
        release(() -> {});
    }

    /** Whether a move holds a slot or waits for one: more moved users are on their way. */
    boolean busy() {
        lock.lock();
        try {
            return inFlight > 0 || waiting > 0;
        } finally {
            lock.unlock();
        }
    }

    int limit() {
        lock.lock();
        try {
            return policy.limit();
        } finally {
            lock.unlock();
        }
    }

    /** Moves in flight over time and when the service throttled, for the report's chart. */
    MoveTimeline timeline() {
        lock.lock();
        try {
            return new MoveTimeline(inFlightChanges, throttledAt);
        } finally {
            lock.unlock();
        }
    }

    int peak() {
        lock.lock();
        try {
            return peak;
        } finally {
            lock.unlock();
        }
    }

    private void release(Runnable report) {
        lock.lock();
        try {
            inFlight--;
            report.run();
            inFlightChanges.add(new MoveTimeline.InFlight(Instant.now(), inFlight, policy.limit()));
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
