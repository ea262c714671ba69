package io.jenkins.plugins.lynchybrid.failures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Opens after {@code threshold} infrastructure failures in a row (a shell host that cannot start, a refused
 * sign-in, a service that is unavailable or does not answer), so a job against a dead service stops after a
 * bounded number of calls instead of trying, and starting a host for, every remaining user. An answer from the
 * service a move needs (Move-CsUser, Graph), even a refusal for one user, ends the run. Once open it stays open for
 * the job: the job reports the users it did not try.
 */
public final class CircuitBreaker implements CallObserver {
    private final int threshold;
    private final Consumer<Open> onOpen;
    private final Map<String, Integer> causes = new LinkedHashMap<>();
    private int inARow;
    private boolean open;

    /** @param onOpen told once, when the breaker opens, outside its lock */
    public CircuitBreaker(int threshold, Consumer<Open> onOpen) {
        if (threshold < 1) {
            throw new IllegalArgumentException("a circuit breaker needs a threshold of at least 1");
        }
        this.threshold = threshold;
        this.onOpen = onOpen;
    }

    /** Why the breaker opened: a one-line reason and one line per distinct cause, with how often it was seen. */
    public record Open(String reason, List<String> causes) {
        public Open {
            causes = List.copyOf(causes);
        }

        /** The reason, then the causes, one per line. */
        public String message() {
            return causes.isEmpty() ? reason : reason + "\n" + String.join("\n", causes);
        }
    }

    @Override
    public synchronized boolean admits() {
        return !open;
    }

    @Override
    public synchronized void answered() {
        if (!open) {
            inARow = 0;
            causes.clear();
        }
    }

    /**
     * {@code onOpen} is told while this breaker's lock is held: a call refused by {@link #admits()} can then never
     * stop the job before the breaker has, which would leave the job's stop without the breaker's causes. (It must
     * not call back into this breaker.)
     */
    @Override
    public void failed(Failure failure) {
        if (failure.kind() != Failure.Kind.INFRASTRUCTURE) {
            answered();
            return;
        }
        synchronized (this) {
            if (open) {
                return;
            }
            inARow++;
            causes.merge(FailureClassifier.firstLine(failure.reason()), 1, Integer::sum);
            if (inARow < threshold) {
                return;
            }
            open = true;
            onOpen.accept(new Open(
                    "the circuit breaker stopped the job after " + inARow + " infrastructure failures in a row"
                            + " (nothing answered in between); run again once the causes are fixed",
                    causes.entrySet().stream()
                            .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " time)" : " times)"))
                            .toList()));
        }
    }
}
