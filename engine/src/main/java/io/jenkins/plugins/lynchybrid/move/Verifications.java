package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.failures.Failure;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads moved users back in batches: each Move-CsUser that succeeds queues its user here and its mover goes on to
 * the next move at once. One Get-CsUser -LdapFilter reads everything queued (up to {@link AccountReader#BATCH}) while
 * the moves go on, so the batches grow with the move rate instead of costing a call per user; a second read starts
 * beside it only when a full batch is waiting, so a slow read does not hold the verifications back.
 */
final class Verifications {
    static final int MAX_READS = 2;

    private record Pending(String identity, Consumer<AccountReader.Read> then) {}

    private final AccountReader accounts;
    private final Executor lookups;
    private final Deque<Pending> queued = new ArrayDeque<>();
    private int reading;

    Verifications(AccountReader accounts, Executor lookups) {
        this.accounts = accounts;
        this.lookups = lookups;
    }

    /** Queues {@code identity}; {@code then} hears its read (on a look-up thread), whatever the read found. */
    void verify(String identity, Consumer<AccountReader.Read> then) {
        synchronized (this) {
            queued.add(new Pending(identity, then));
        }
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
        boolean idle = reading == 0;
        if (queued.isEmpty() || reading >= MAX_READS || (!idle && queued.size() < AccountReader.BATCH)) {
            return List.of();
        }
        List<Pending> batch = new ArrayList<>();
        while (!queued.isEmpty() && batch.size() < AccountReader.BATCH) {
            batch.add(queued.poll());
        }
        reading++;
        return batch;
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
