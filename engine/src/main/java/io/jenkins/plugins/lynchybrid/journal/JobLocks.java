package io.jenkins.plugins.lynchybrid.journal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * In-process locks keyed by job (site, tenant, direction): the Jenkins controller's guard that two builds of one wave
 * never move users at once. Each build keeps its journal in its own build folder, so the journal's file lock alone
 * cannot see the other build. A second taker waits, as Jenkins' lockable resources do, and is told who holds the job
 * so the build log can say what it waits for; an interrupt (the build aborted) ends the wait without the lock.
 *
 * <p>The locks live in memory: after a controller restart none is held and each resumed build takes its job again.
 */
public final class JobLocks {
    private final Map<Key, Held> holders = new HashMap<>();

    /**
     * Takes {@code job}'s lock for {@code holder}, waiting while another holder has it. {@code waiting} is told the
     * holder's name each time the run has to wait on a new holder (not at all when the lock is free).
     *
     * @throws InterruptedException when interrupted while waiting; the lock is then not held
     */
    public synchronized Held acquire(JobKey job, String holder, Consumer<String> waiting) throws InterruptedException {
        Key key = Key.of(job);
        String told = null;
        while (holders.containsKey(key)) {
            String current = holders.get(key).holder;
            if (!current.equals(told)) {
                waiting.accept(current);
                told = current;
            }
            wait();
        }
        Held held = new Held(key, holder);
        holders.put(key, held);
        return held;
    }

    /** Who holds {@code job}'s lock now, if anyone. */
    public synchronized Optional<String> holder(JobKey job) {
        return Optional.ofNullable(holders.get(Key.of(job))).map(held -> held.holder);
    }

    private synchronized void release(Held held) {
        if (holders.get(held.key) == held) {
            holders.remove(held.key);
            notifyAll();
        }
    }

    /** One job's lock, held until closed; closing it again does nothing. */
    public final class Held implements AutoCloseable {
        private final Key key;
        private final String holder;

        private Held(Key key, String holder) {
            this.key = key;
            this.holder = holder;
        }

        @Override
        public void close() {
            release(this);
        }
    }

    /** Tenants compare case-insensitively, as {@link JobKey#sameJob} does. */
    private record Key(String site, String tenant, String direction) {
        static Key of(JobKey job) {
            return new Key(
                    job.site(),
                    job.tenant().toLowerCase(Locale.ROOT),
                    job.direction().id());
        }
    }
}
