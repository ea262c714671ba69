package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.failures.Failure;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads moved users back in batches: each Move-CsUser that succeeds queues its user here and its mover goes on to
 * the next move at once. One Get-CsUser -LdapFilter reads everything queued (up to {@link AccountReader#BATCH}).
 * While moves go on, a read waits until {@link #GATHER} users have gathered or the oldest has waited {@link #BOUND}
 * (issue 20: reading whenever no read was running gave batches of about 18 at 160 moves a second, half the calls
 * per user the goal allows); when no move is coming (none in flight or waiting for a slot, or the job stopping) it
 * reads at once, so the job's last users are not held back. A second read starts beside a running one only when it
 * is due, so a slow read does not hold the verifications back.
 */
final class Verifications {
    static final int MAX_READS = 2;
    /**
     * Users a read gathers while moves go on: the move job's pre-check chunk ({@link MoveJob#CHUNK}), so the reads
     * back cost 1/40 of a shell call per user, like the pre-check's Get-CsUser and Get-CsOnlineUser, and the three
     * stay under the goal of 0.1 (docs/performance.md). At C/L = 160 moves a second forty gather in 250 ms.
     */
    static final int GATHER = MoveJob.CHUNK;
    /**
     * The longest a moved user waits for company before its read starts: long enough for {@link #GATHER} users at
     * 160 moves a second, short against a move (its user's outcome comes at most this much later; no move waits for
     * it), and two or three reads' worth of latency, so a slow stream of moves still shares reads.
     */
    static final Duration BOUND = Duration.ofMillis(250);

    private record Pending(String identity, Consumer<AccountReader.Read> then, long queuedNanos) {}

    private final AccountReader accounts;
    private final Executor lookups;
    private final ScheduledExecutorService timer;
    private final Duration bound;
    private final BooleanSupplier movesComing;
    private final Deque<Pending> queued = new ArrayDeque<>();
    private int reading;
    private boolean wakeScheduled;

    /**
     * Reads on {@code lookups}; {@code timer} wakes a gathering batch when its oldest user has waited {@code bound};
     * {@code movesComing} says whether more moved users are on their way (a move in flight or about to start).
     */
    Verifications(
            AccountReader accounts,
            Executor lookups,
            ScheduledExecutorService timer,
            Duration bound,
            BooleanSupplier movesComing) {
        this.accounts = accounts;
        this.lookups = lookups;
        this.timer = timer;
        this.bound = bound;
        this.movesComing = movesComing;
    }

    /** Queues {@code identity}; {@code then} hears its read (on a look-up thread), whatever the read found. */
    void verify(String identity, Consumer<AccountReader.Read> then) {
        synchronized (this) {
            queued.add(new Pending(identity, then, System.nanoTime()));
        }
        startReads();
    }

    /** A move ended without a user to verify: when it was the last one coming, what waits is read now. */
    void moveEnded() {
        startReads();
    }

    private void startReads() {
        for (List<Pending> batch = claim(); !batch.isEmpty(); batch = claim()) {
            List<Pending> claimed = batch;
            lookups.execute(() -> {
                try {
                    read(claimed);
                } finally {
                    finished();
                    startReads();
                }
            });
        }
    }

    private synchronized List<Pending> claim() {
        if (queued.isEmpty() || reading >= MAX_READS || !due()) {
            return List.of();
        }
        List<Pending> batch = new ArrayList<>();
        while (!queued.isEmpty() && batch.size() < AccountReader.BATCH) {
            batch.add(queued.poll());
        }
        reading++;
        return batch;
    }

    /** Whether the queue is read now; if it is left to gather, a wake-up is set for when its oldest is due. */
    private boolean due() {
        if (queued.size() >= GATHER || !movesComing.getAsBoolean()) {
            return true;
        }
        long waited = System.nanoTime() - queued.peek().queuedNanos();
        long left = bound.toNanos() - waited;
        return left <= 0 || !wakeIn(left);
    }

    /** False when the timer is gone (the job is ending): then nothing is left waiting for it. */
    private boolean wakeIn(long nanos) {
        if (wakeScheduled) {
            return true;
        }
        try {
            timer.schedule(this::woken, nanos, TimeUnit.NANOSECONDS);
            wakeScheduled = true;
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private void woken() {
        synchronized (this) {
            wakeScheduled = false;
        }
        startReads();
    }

    private synchronized void finished() {
        reading--;
    }

    /** Every queued user hears an answer, even when the read itself breaks, so no user waits for ever. */
    private void read(List<Pending> batch) {
        List<AccountReader.Read> reads;
        try {
            reads = accounts.readBatch(batch.stream().map(Pending::identity).toList());
        } catch (RuntimeException e) {
            Failure failure = new Failure(Failure.Kind.INFRASTRUCTURE, "the verification read broke: " + e, "");
            reads = batch.stream()
                    .map(p -> new AccountReader.Read(Optional.empty(), Optional.of(failure)))
                    .toList();
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).then().accept(reads.get(i));
        }
    }
}
