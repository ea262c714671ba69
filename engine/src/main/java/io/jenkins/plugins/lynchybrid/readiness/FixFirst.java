package io.jenkins.plugins.lynchybrid.readiness;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to fix, in the order to fix it: the checks that block the gate, those that hold most other checks back
 * (skipped behind them, directly or through another skipped check) first, then warnings. Every report opens
 * with this list, so an admin under pressure starts with the fix that unblocks the most.
 */
public final class FixFirst {
    private static final String PREFIX = "Fix ";
    private static final String SUFFIX = " first.";

    private FixFirst() {}

    /** The remediation of a check skipped behind {@code blockerId}; {@link #blocker} reads it back. */
    static String remediationBehind(String blockerId) {
        return PREFIX + blockerId + SUFFIX;
    }

    /** Failures first, then warnings; within each, the check holding back most others first, then catalogue order. */
    public static List<CheckResult> order(ReadinessReport report) {
        Map<String, Integer> held = heldBack(report.results());
        List<CheckResult> results = report.results();
        return results.stream()
                .filter(r -> r.status() == Status.FAIL || r.status() == Status.WARN)
                .sorted(Comparator.comparing((CheckResult r) -> r.status() == Status.FAIL ? 0 : 1)
                        .thenComparing(r -> -held.getOrDefault(r.id(), 0))
                        .thenComparing(results::indexOf))
                .toList();
    }

    /** How many checks were skipped because {@code result} did not pass. */
    public static int heldBackBy(ReadinessReport report, CheckResult result) {
        return heldBack(report.results()).getOrDefault(result.id(), 0);
    }

    private static Map<String, Integer> heldBack(List<CheckResult> results) {
        Map<String, String> blockers = new HashMap<>();
        for (CheckResult r : results) {
            blocker(r).ifPresent(b -> blockers.put(r.id(), b));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String skipped : blockers.keySet()) {
            String root = skipped;
            for (int hops = 0; blockers.containsKey(root) && hops <= blockers.size(); hops++) {
                root = blockers.get(root);
            }
            counts.merge(root, 1, Integer::sum);
        }
        return counts;
    }

    private static Optional<String> blocker(CheckResult r) {
        String fix = r.remediation();
        boolean behind = r.status() == Status.SKIPPED && fix.startsWith(PREFIX) && fix.endsWith(SUFFIX);
        return behind ? Optional.of(fix.substring(PREFIX.length(), fix.length() - SUFFIX.length())) : Optional.empty();
    }
}
