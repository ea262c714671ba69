package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/checks.md states, for every check, what it judges from which source. */
class CheckSourcesTest {
    @Test
    void everyCheckOfTheCatalogueNamesItsSource() {
        List<String> without = Catalogue.standard().checks().stream()
                .map(Check::id)
                .filter(id -> CheckSources.of(id).isEmpty())
                .toList();

        assertEquals(List.of(), without);
    }
}
