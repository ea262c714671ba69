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

    /**
     * Issue 13: every check names the Microsoft page (repository and path) that makes what it judges a requirement,
     * or says that no Microsoft page does and the check guards our own tool.
     */
    @Test
    void everyCheckCitesMicrosoftsPageOrSaysItIsOurOwnPrerequisite() {
        List<String> uncited = Catalogue.standard().checks().stream()
                .map(Check::id)
                .filter(id -> !citesItsRequirement(CheckSources.of(id).orElse("")))
                .toList();

        assertEquals(List.of(), uncited);
    }

    private static boolean citesItsRequirement(String source) {
        int cited = source.indexOf(" Source: ");
        if (cited < 0) {
            return false;
        }
        String citation = source.substring(cited);
        return citation.startsWith(CheckSources.OWN_PREREQUISITE)
                || citation.contains("MicrosoftDocs/")
                || citation.contains("microsoftgraph/microsoft-graph-docs-contrib");
    }
}
