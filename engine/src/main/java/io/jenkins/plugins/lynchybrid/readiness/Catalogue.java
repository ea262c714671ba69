package io.jenkins.plugins.lynchybrid.readiness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of a run, in report order; validated so every prerequisite exists and none is circular. */
public final class Catalogue {
    private final List<Check> checks;
    private final List<Check> schedule;
    private final List<HybridFacts.Fetch> prefetch;

    /**
     * @param prefetch the data the checks read, started together before any check runs so that a check
     *     waiting for its prerequisites finds its own data already fetched
     */
    public Catalogue(List<Check> checks, List<HybridFacts.Fetch> prefetch) {
        this.checks = List.copyOf(checks);
        this.schedule = prerequisitesFirst(this.checks);
        this.prefetch = List.copyOf(prefetch);
    }

    /** Every check lync-hybrid knows, grouped tenant, on-premises, DNS, TLS, users. */
    public static Catalogue standard() {
        List<Check> all = new ArrayList<>();
        all.addAll(TenantChecks.all());
        all.addAll(OnPremisesChecks.all());
        all.addAll(DnsChecks.all());
        all.addAll(TlsChecks.all());
        all.addAll(UserChecks.all());
        all.addAll(MoveLicenceChecks.all());
        all.add(ProvisioningCheck.check());
        return new Catalogue(all, HybridFacts.standardFetches());
    }

    /** Report order. */
    public List<Check> checks() {
        return checks;
    }

    /** The same checks ordered so each comes after its prerequisites. */
    List<Check> schedule() {
        return schedule;
    }

    List<HybridFacts.Fetch> prefetch() {
        return prefetch;
    }

    private static List<Check> prerequisitesFirst(List<Check> checks) {
        Map<String, Check> byId = new LinkedHashMap<>();
        for (Check check : checks) {
            if (byId.put(check.id(), check) != null) {
                throw new IllegalArgumentException("check id " + check.id() + " appears twice");
            }
        }
        for (Check check : checks) {
            check.prerequisites().stream()
                    .filter(p -> !byId.containsKey(p))
                    .findFirst()
                    .ifPresent(p -> {
                        throw new IllegalArgumentException(
                                "check " + check.id() + " names an unknown prerequisite " + p);
                    });
        }
        List<Check> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (ordered.size() < checks.size()) {
            List<Check> ready = checks.stream()
                    .filter(c -> !placed.contains(c.id()) && placed.containsAll(c.prerequisites()))
                    .toList();
            if (ready.isEmpty()) {
                throw new IllegalArgumentException("check prerequisites form a cycle among "
                        + checks.stream()
                                .map(Check::id)
                                .filter(id -> !placed.contains(id))
                                .toList());
            }
            ready.forEach(c -> placed.add(c.id()));
            ordered.addAll(ready);
        }
        return List.copyOf(ordered);
    }
}
