package io.jenkins.plugins.lynchybrid.configure;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer per deployment in this JVM: the Lync shell cmdlets are not safe for concurrent configuration
 * writes, and two applies racing on the same Central Management Store could interleave a provider's removal
 * and re-creation. Keyed by the front-end pool, which names the deployment.
 */
final class DeploymentLock {
    private static final ConcurrentMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private DeploymentLock() {}

    /** The held lock, or empty when another apply still held it after {@code wait}. */
    static Optional<Held> acquire(String poolFqdn, Duration wait) {
        ReentrantLock lock = LOCKS.computeIfAbsent(poolFqdn.toLowerCase(Locale.ROOT), k -> new ReentrantLock());
        try {
            return lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(lock::unlock) : Optional.empty();
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
