package io.jenkins.plugins.lynchybrid.simulator.world;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every cmdlet call the shell received, by its shape: the cmdlet and the parameter names given, e.g. {@code
 * "Get-CsUser -LdapFilter"}. Counted whatever the answer (bound, refused, failed), without the world's lock, so
 * tests and the bench can say how many round trips a job cost.
 */
public final class ShellCalls {
    private final Map<String, LongAdder> byShape = new ConcurrentHashMap<>();

    /** Counts one call of {@code cmdlet} with the parameters {@code names} (case and order do not matter). */
    public void count(String cmdlet, Set<String> names) {
        byShape.computeIfAbsent(shape(cmdlet, names), k -> new LongAdder()).increment();
    }

    /** Calls of {@code cmdlet}, whatever their parameters. */
    public long of(String cmdlet) {
        String prefix = cmdlet.toLowerCase(Locale.ROOT);
        return byShape.entrySet().stream()
                .filter(e -> e.getKey().equals(prefix) || e.getKey().startsWith(prefix + " "))
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    /** Calls of {@code cmdlet} that named {@code parameter}. */
    public long of(String cmdlet, String parameter) {
        String prefix = cmdlet.toLowerCase(Locale.ROOT) + " ";
        String given = "-" + parameter.toLowerCase(Locale.ROOT);
        return byShape.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix)
                        && Set.of(e.getKey().split(" ")).contains(given))
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    /** Every call counted so far. */
    public long total() {
        return byShape.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** The counts by shape, sorted, for messages. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        byShape.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    /** Starts counting afresh (between a test's steps or a bench's rounds). */
    public void reset() {
        byShape.clear();
    }

    private static String shape(String cmdlet, Set<String> names) {
        StringBuilder shape = new StringBuilder(cmdlet.toLowerCase(Locale.ROOT));
        Set<String> sorted = new TreeSet<>();
        names.forEach(n -> sorted.add(n.toLowerCase(Locale.ROOT)));
        sorted.forEach(n -> shape.append(" -").append(n));
        return shape.toString();
    }
}
