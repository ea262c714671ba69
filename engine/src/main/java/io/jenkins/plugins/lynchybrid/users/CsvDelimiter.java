package io.jenkins.plugins.lynchybrid.users;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The delimiter a user list uses, as its header shows it: Excel writes {@code ;} in locales whose decimal mark is a
 * comma, and "Unicode text" exports use tabs. Exactly one of comma, semicolon and tab may appear outside quotes in
 * the header; none means a single column; two or more is ambiguous and refused.
 */
final class CsvDelimiter {
    private static final List<Character> CANDIDATES = List.of(',', ';', '\t');

    private CsvDelimiter() {}

    static char of(String header, String name) {
        String outsideQuotes = header.replaceAll("\"(?:[^\"]|\"\")*\"", "");
        List<Character> seen =
                CANDIDATES.stream().filter(c -> outsideQuotes.indexOf(c) >= 0).toList();
        if (seen.size() > 1) {
            throw new ConfigurationException(name + ":1: the header mixes the delimiters "
                    + seen.stream().map(CsvDelimiter::shown).collect(Collectors.joining(" and "))
                    + "; use one of them (comma, semicolon or tab) throughout the file");
        }
        return seen.isEmpty() ? ',' : seen.get(0);
    }

    private static String shown(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }
}
