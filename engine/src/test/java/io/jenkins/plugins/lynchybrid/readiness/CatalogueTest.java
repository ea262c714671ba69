package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private static Check check(String id, String... prerequisites) {
        return new Check(
                id,
                id,
                Category.TENANT,
                Severity.ERROR,
                "why",
                "fix",
                List.of(prerequisites),
                facts -> Finding.met("ok"));
    }

    @Test
    void schedulesEveryCheckAfterItsPrerequisitesWhateverTheReportOrder() {
        Catalogue catalogue = new Catalogue(
                List.of(check("tenant.c", "tenant.b"), check("tenant.b", "tenant.a"), check("tenant.a")), List.of());

        assertEquals(
                List.of("tenant.a", "tenant.b", "tenant.c"),
                catalogue.schedule().stream().map(Check::id).toList());
        assertEquals(
                List.of("tenant.c", "tenant.b", "tenant.a"),
                catalogue.checks().stream().map(Check::id).toList());
    }

    @Test
    void rejectsAnUnknownPrerequisiteNamingIt() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new Catalogue(List.of(check("tenant.a", "tenant.nope")), List.of()));
        assertTrue(e.getMessage().contains("tenant.nope"), e.getMessage());
    }

    @Test
    void rejectsACycle() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new Catalogue(List.of(check("tenant.a", "tenant.b"), check("tenant.b", "tenant.a")), List.of()));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void rejectsADuplicateId() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Catalogue(List.of(check("tenant.a"), check("tenant.a")), List.of()));
    }

    @Test
    void theStandardCatalogueHasUniqueIdsEachUnderItsCategoryPrefix() {
        List<Check> checks = Catalogue.standard().checks();
        Set<String> ids = new HashSet<>();
        List<String> misplaced = new ArrayList<>();
        for (Check c : checks) {
            ids.add(c.id());
            if (!c.id().startsWith(c.category().prefix() + ".")) {
                misplaced.add(c.id());
            }
        }
        assertEquals(checks.size(), ids.size());
        assertEquals(List.of(), misplaced);
    }
}
