package io.jenkins.plugins.lynchybrid.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a catalogue: every check as soon as its prerequisites have finished, all data fetched once and up
 * front, each check bounded by the per-check timeout. A check whose prerequisite failed or was skipped is
 * skipped with that reason.
 */
public final class ReadinessRunner {
    private final Catalogue catalogue;
    private final ReadinessOptions options;

    public ReadinessRunner(Catalogue catalogue, ReadinessOptions options) {
        this.catalogue = catalogue;
        this.options = options;
    }

    public ReadinessReport run(ReadinessSources sources) {
        Instant started = options.clock().instant();
        long startNanos = System.nanoTime();
        ExecutorService executor = newExecutor(options.parallelism());
        try {
            HybridFacts facts = new HybridFacts(sources, options, executor);
            facts.prefetch(catalogue.prefetch());
            Map<String, CompletableFuture<CheckResult>> scheduled = new LinkedHashMap<>();
            for (Check check : catalogue.schedule()) {
                scheduled.put(check.id(), schedule(check, scheduled, facts, executor));
            }
            List<CheckResult> results = new ArrayList<>();
            catalogue.checks().forEach(c -> results.add(scheduled.get(c.id()).join()));
            return new ReadinessReport(
                    sources.site().name(),
                    started,
                    Duration.ofNanos(System.nanoTime() - startNanos),
                    results,
                    facts.timings());
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * A pool with no queue: when every thread is busy the submitter runs the task itself, so a fetch that
     * waits for another fetch can never wait behind it in a queue.
     */
    private static ExecutorService newExecutor(int threads) {
        AtomicInteger counter = new AtomicInteger();
        return new ThreadPoolExecutor(
                threads,
                threads,
                10,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                r -> {
                    Thread thread = new Thread(r, "readiness-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    private CompletableFuture<CheckResult> schedule(
            Check check,
            Map<String, CompletableFuture<CheckResult>> scheduled,
            HybridFacts facts,
            ExecutorService executor) {
        List<CompletableFuture<CheckResult>> prerequisites =
                check.prerequisites().stream().map(scheduled::get).toList();
        return CompletableFuture.allOf(prerequisites.toArray(CompletableFuture[]::new))
                .thenCompose(ignored -> blockingPrerequisite(prerequisites)
                        .map(blocker -> CompletableFuture.completedFuture(skipped(check, blocker)))
                        .orElseGet(() -> CompletableFuture.supplyAsync(() -> evaluate(check, facts), executor)
                                .completeOnTimeout(
                                        timedOut(check), options.checkTimeout().toMillis(), TimeUnit.MILLISECONDS)));
    }

    private static Optional<CheckResult> blockingPrerequisite(List<CompletableFuture<CheckResult>> prerequisites) {
        return prerequisites.stream()
                .map(CompletableFuture::join)
                .filter(r -> r.status() == Status.FAIL || r.status() == Status.SKIPPED)
                .findFirst();
    }

    /**
     * A check behind a failed or blocked prerequisite waits for that fix; one behind a prerequisite that did not
     * apply (nothing to judge, e.g. AD FS for a Managed domain) does not apply either, and has nothing to fix.
     */
    private static CheckResult skipped(Check check, CheckResult blocker) {
        if (blocker.status() == Status.SKIPPED && blocker.remediation().isEmpty()) {
            return CheckResult.of(
                    check,
                    Status.SKIPPED,
                    "not applicable: " + blocker.id() + " does not apply (" + blocker.evidence() + ")",
                    "",
                    Duration.ZERO);
        }
        String reason =
                "prerequisite " + blocker.id() + " " + (blocker.status() == Status.FAIL ? "failed" : "was skipped");
        return CheckResult.of(check, Status.SKIPPED, reason, FixFirst.remediationBehind(blocker.id()), Duration.ZERO);
    }

    private CheckResult timedOut(Check check) {
        return CheckResult.of(
                check,
                Status.FAIL,
                "did not finish within " + options.checkTimeout().toMillis() + " ms",
                "Make the service it reads answer (see the evidence of the other checks), or raise the check timeout.",
                options.checkTimeout());
    }

    private static CheckResult evaluate(Check check, HybridFacts facts) {
        long start = System.nanoTime();
        Status status;
        String evidence;
        String remediation;
        try {
            Finding finding = check.evaluation().evaluate(facts);
            evidence = finding.evidence();
            remediation = finding.remediation();
            status = switch (finding.kind()) {
                case MET -> Status.PASS;
                case WARNING -> Status.WARN;
                case NOT_APPLICABLE -> Status.SKIPPED;
                case UNMET -> check.severity().unmetStatus();
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = Status.FAIL;
            evidence = "interrupted before it finished";
            remediation = "Run readiness again.";
        } catch (Exception e) {
            status = Status.FAIL;
            evidence = "could not read what this check needs: " + (e.getMessage() == null ? e : e.getMessage());
            remediation = "Restore access to the service named in the evidence, then run readiness again.";
        }
        return CheckResult.of(check, status, evidence, remediation, Duration.ofNanos(System.nanoTime() - start));
    }
}
