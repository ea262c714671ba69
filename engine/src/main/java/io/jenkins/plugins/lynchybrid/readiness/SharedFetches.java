package io.jenkins.plugins.lynchybrid.readiness;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Fetches of one run, each made once: the first caller of a key fetches, later callers wait for the same
 * answer, a failure included. Records how long each fetch took.
 */
final class SharedFetches {
    private final Executor executor;
    private final Map<String, CompletableFuture<Object>> results = new ConcurrentHashMap<>();
    private final Queue<FetchTiming> timings = new ConcurrentLinkedQueue<>();

    SharedFetches(Executor executor) {
        this.executor = executor;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Callable<T> fetch) throws Exception {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> shared = results.putIfAbsent(key, mine);
        if (shared == null) {
            long start = System.nanoTime();
            Object value = null;
            Throwable failure = null;
            try {
                value = fetch.call();
            } catch (Exception | Error e) {
                failure = e;
            }
            // Timed before the answer is published: a reader it wakes may finish the run and take the timings.
            timings.add(new FetchTiming(key, Duration.ofNanos(System.nanoTime() - start)));
            if (failure == null) {
                mine.complete(value);
            } else {
                mine.completeExceptionally(failure);
            }
            shared = mine;
        }
        return (T) await(shared);
    }

    /** Fetches one value per key at the same time, in key order; the first failure is thrown. */
    <K, V> Map<K, V> concurrently(List<K> keys, Function<K, V> fetch) throws Exception {
        Map<K, CompletableFuture<V>> pending = new LinkedHashMap<>();
        keys.forEach(k -> pending.put(k, CompletableFuture.supplyAsync(() -> fetch.apply(k), executor)));
        Map<K, V> result = new LinkedHashMap<>();
        for (Map.Entry<K, CompletableFuture<V>> e : pending.entrySet()) {
            result.put(e.getKey(), await(e.getValue()));
        }
        return result;
    }

    /** Starts {@code task} without waiting for it. */
    void start(Runnable task) {
        executor.execute(task);
    }

    /** Each fetch made so far, in the order they finished. */
    List<FetchTiming> timings() {
        return List.copyOf(timings);
    }

    /** Waits for a fetch and rethrows its own exception, not the executor's wrapper. */
    private static <T> T await(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
