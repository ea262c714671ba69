package io.jenkins.plugins.lynchybrid.configure;

import java.util.Comparator;
import java.util.List;

/**
 * The changes that bring one deployment to the hybrid's desired state, in the order they must be applied.
 * Data only: printed for review, written as plan.json, executed by {@link Applier}.
 *
 * @param site the site's name
 * @param flow which documented flow the desired state follows (Lync 2013 or Teams-era)
 */
public record Plan(String site, Flow flow, List<Change> changes) {

    /** Keeps the changes' relative order within a resource (remove before create before set). */
    private static final Comparator<Change> APPLY_ORDER = Comparator.comparing(Change::resource);

    public Plan {
        changes = changes.stream().sorted(APPLY_ORDER).toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public boolean changesOnPremises() {
        return changes.stream().anyMatch(c -> c.resource().onPremises());
    }
}
