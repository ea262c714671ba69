package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/checks.md carries the catalogue table generated from the code; a check added, renamed or reworded
 * without the docs fails here. Regenerate with
 * {@code ./mvnw -pl engine -am test -Dtest=CatalogueDocumentationTest -Dreadiness.updateDocs=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CatalogueDocumentationTest {
    private static final Path DOC = Path.of("..", "docs", "checks.md");

    @Test
    void docsChecksMdListsEveryCheckExactlyAsTheCodeDefinesIt() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(CatalogueMarkdown.BEGIN);
        int end = doc.indexOf(CatalogueMarkdown.END);
        assertTrue(begin >= 0 && end > begin, DOC + " lacks the generated catalogue markers");
        String documented = doc.substring(begin, end + CatalogueMarkdown.END.length() + 1);
        String generated = CatalogueMarkdown.render(Catalogue.standard());
        if (Boolean.getBoolean("readiness.updateDocs")) {
            Files.writeString(DOC, doc.replace(documented, generated), StandardCharsets.UTF_8);
            documented = generated;
        }
        assertEquals(generated, documented, DOC + " is out of step with the catalogue; regenerate it (see this test)");
    }
}
