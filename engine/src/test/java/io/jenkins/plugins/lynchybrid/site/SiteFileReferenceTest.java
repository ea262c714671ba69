package io.jenkins.plugins.lynchybrid.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/site-file.md is the admin's reference: a field the parser reads but the reference does not describe is a
 * field nobody can use. Fields other changes add to SiteFile fail here until they are documented.
 */
class SiteFileReferenceTest {
    private static final Path SOURCE = Path.of("src/main/java/io/jenkins/plugins/lynchybrid/site/SiteFile.java");
    private static final Path REFERENCE = Path.of("../docs/site-file.md");
    /** How SiteFile reads a field from a JSON node: get("x"), path("x"), hasNonNull("x"), text("x"), ... */
    private static final Pattern READ =
            Pattern.compile("\\b(?:get|path|has|hasNonNull|text|requiredText|required|strings)\\(\\s*\"([A-Za-z]+)\"");

    private static Set<String> fieldsTheParserReads() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = READ.matcher(Files.readString(SOURCE));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyFieldTheParserReadsIsAKnownSiteField() throws IOException {
        Set<String> unknown = new TreeSet<>();
        for (String name : fieldsTheParserReads()) {
            if (SiteField.ALL.stream().noneMatch(f -> f.key().equals(name))) {
                unknown.add(name);
            }
        }

        assertTrue(fieldsTheParserReads().size() > 20, "the scan finds the parser's reads");
        assertEquals(Set.of(), unknown, "add these to SiteField.ALL and docs/site-file.md");
    }

    @Test
    void everyKnownSiteFieldIsDocumentedInTheReferenceTable() throws IOException {
        String reference = Files.readString(REFERENCE);
        List<String> undocumented = SiteField.ALL.stream()
                .map(SiteField::name)
                .filter(name -> !reference.contains("| `" + name + "` |"))
                .toList();

        assertEquals(
                List.of(),
                undocumented,
                "each needs a row in docs/site-file.md: | `name` | type | default | meaning |");
    }

    @Test
    void aSiteFileThatSiteFileWritesHoldsOnlyKnownFields(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(
                dir.resolve("site.json"), SiteFile.write(SiteFile.parse(SiteFileTest.MINIMAL, "minimal")));

        List<SiteCheck.Verdict> errors = SiteCheck.check(file).stream()
                .filter(v -> v.outcome() == SiteCheck.Outcome.ERROR)
                .toList();

        assertEquals(List.of(), errors);
    }
}
