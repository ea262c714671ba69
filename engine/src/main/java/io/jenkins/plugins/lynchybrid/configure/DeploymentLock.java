package io.jenkins.plugins.lynchybrid.configure;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One writer per deployment in this JVM: the Lync shell cmdlets are not safe for concurrent configuration
 * writes, and two applies racing on the same Central Management Store could interleave a provider's removal
 * and re-creation. Keyed by the front-end pool, which names the deployment. Not reentrant: a nested apply
 * from the same thread is a second writer too.
 */
final class DeploymentLock {
    private static final ConcurrentMap<String, Semaphore> LOCKS = new ConcurrentHashMap<>();

    private DeploymentLock() {}

    /** The held lock, or empty when another apply still held it after {@code wait}. */
    static Optional<Held> acquire(String poolFqdn, Duration wait) {
        Semaphore writer = LOCKS.computeIfAbsent(poolFqdn.toLowerCase(Locale.ROOT), k -> new Semaphore(1));
        try {
            return writer.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)
                    ? Optional.of(writer::release)
                    : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Releases the lock when closed. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
