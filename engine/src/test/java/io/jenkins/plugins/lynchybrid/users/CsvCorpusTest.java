package io.jenkins.plugins.lynchybrid.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV corpus of engine/src/test/resources/csv-corpus: each {@code NAME.csv} with its {@code NAME.expected}, whose
 * lines say, in order, {@code user IDENTITY} (a user read), {@code problem LINE TEXT} (a bad line named
 * {@code users.csv:LINE} whose message contains TEXT) or {@code refused TEXT} (the file is refused with TEXT).
 */
class CsvCorpusTest {
    private final CsvUserSource source = new CsvUserSource(new IdentityRules(List.of("contoso.com")));

    static Stream<String> corpus() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpusDirectory())) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileGivesExactlyItsExpectedUsersProblemsOrRefusal(String name) throws Exception {
        Path csv = Files.copy(
                corpusDirectory().resolve(name + ".csv"),
                Files.createTempDirectory("corpus").resolve("users.csv"));
        List<String> expected = Files.readAllLines(corpusDirectory().resolve(name + ".expected")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .toList();

        if (expected.get(0).startsWith("refused ")) {
            ConfigurationException error = assertThrows(ConfigurationException.class, () -> source.read(csv));
            assertTrue(error.getMessage().contains(expected.get(0).substring("refused ".length())), error.getMessage());
            return;
        }
        UserSelection selection = source.read(csv);
        List<String> seen = new ArrayList<>();
        selection.users().forEach(u -> seen.add(u.origin() + " user " + u.identity()));
        selection.problems().forEach(p -> seen.add(p.location() + " problem " + p.message()));
        seen.sort((a, b) -> Integer.compare(lineOf(a), lineOf(b)));
        assertEquals(expected.size(), seen.size(), String.join("\n", seen));
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(
                    matches(expected.get(i), seen.get(i)), "expected " + expected.get(i) + " but got " + seen.get(i));
        }
    }

    /** {@code user X} matches any line's user X; {@code problem N TEXT} the problem at users.csv:N containing TEXT. */
    private static boolean matches(String expected, String seen) {
        if (expected.startsWith("user ")) {
            return seen.endsWith(" " + expected);
        }
        String[] parts = expected.split(" ", 3);
        return seen.startsWith("users.csv:" + parts[1] + " problem ") && seen.contains(parts[2]);
    }

    private static int lineOf(String seen) {
        return Integer.parseInt(seen.substring("users.csv:".length(), seen.indexOf(' ')));
    }

    private static Path corpusDirectory() throws URISyntaxException {
        return Path.of(CsvCorpusTest.class.getResource("/csv-corpus").toURI());
    }
}
