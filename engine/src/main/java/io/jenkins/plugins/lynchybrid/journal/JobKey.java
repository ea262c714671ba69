package io.jenkins.plugins.lynchybrid.journal;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which job a journal belongs to: the site (its name in the site file), the tenant and the direction of the moves. A
 * journal's header records it, and a journal of another job is refused. The plugin keys its controller-wide lock on
 * it, so two builds of one wave cannot run at once even with journals in different build folders.
 */
public record JobKey(String site, String tenant, Home direction) {
    public static JobKey of(HybridSite site, Home direction) {
        return new JobKey(site.name(), site.tenant(), direction);
    }

    /** Whether {@code other} is the same job: tenants compare case-insensitively, as domain names do. */
    public boolean sameJob(JobKey other) {
        return site.equals(other.site) && tenant.equalsIgnoreCase(other.tenant) && direction == other.direction;
    }

    /** The journal a job uses when none is named: in {@code dir}, named after the site, tenant and direction. */
    public Path defaultJournal(Path dir) {
        return dir.resolve(
                "lync-hybrid-" + safe(site) + "-" + safe(tenant) + "-to-" + direction.id() + ".journal.jsonl");
    }

    @Override
    public String toString() {
        return "site '" + site + "', tenant " + tenant + ", moving users " + direction.id();
    }

    private static String safe(String text) {
        String cleaned =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[-.]+|-+$", "");
        return cleaned.isEmpty() ? "site" : cleaned;
    }
}
