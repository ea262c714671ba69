package io.jenkins.plugins.lynchybrid.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV text as Apache Commons CSV reads them (RFC 4180 quoting, no comments, empty lines kept as
 * rows), each with the physical line it starts on. A malformed row is returned with the reason and reading resumes
 * on the next line; a quote that is never closed ends the file, as everything after it was read as one field.
 */
final class CsvRows {
    private static final String UNCLOSED_QUOTE = "EOF reached before encapsulated token finished";

    /** One row: the line it starts on, its fields, or why it could not be read (then fields is empty). */
    record Row(int line, List<String> fields, String problem) {
        boolean malformed() {
            return problem != null;
        }
    }

    private CsvRows() {}

    /** A dialect with {@code delimiter}: every line is a row, quotes are RFC 4180's, spaces around fields dropped. */
    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setEscape(null)
                .setCommentMarker(null)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .build();
    }

    static List<Row> read(String text, CSVFormat format) {
        List<Row> rows = new ArrayList<>();
        LineStarts lines = LineStarts.of(text);
        int next = 1;
        while (next > 0 && next <= lines.count()) {
            next = readFrom(text, lines, next, format, rows);
        }
        return rows;
    }

    /** Reads from {@code firstLine} on; returns the line to resume at after a malformed row, or -1 at the end. */
    private static int readFrom(String text, LineStarts lines, int firstLine, CSVFormat format, List<Row> rows) {
        try (CSVParser parser = CSVParser.parse(text.substring(lines.start(firstLine)), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int line = firstLine + (int) parser.getCurrentLineNumber();
                try {
                    if (!records.hasNext()) {
                        return -1;
                    }
                    rows.add(new Row(line, records.next().toList(), null));
                } catch (UncheckedIOException e) {
                    String reason = String.valueOf(e.getCause().getMessage());
                    if (reason.contains(UNCLOSED_QUOTE)) {
                        rows.add(new Row(
                                line,
                                List.of(),
                                "a quote opened in this row is never closed, so lines " + line + " to "
                                        + lines.count() + " were not read (close the quote; a quote inside a"
                                        + " quoted field is written twice)"));
                        return -1;
                    }
                    int errorLine = firstLine - 1 + (int) parser.getCurrentLineNumber();
                    rows.add(new Row(
                            line,
                            List.of(),
                            "text after a closing quote (quote the whole field and write a quote inside it twice)"));
                    return Math.max(errorLine, line) + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where each physical line starts; CR LF, CR and LF each end a line, as they do for Commons CSV. */
    private record LineStarts(int[] starts) {
        static LineStarts of(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (c == '\r' || c == '\n') {
                    starts.add(i + 1);
                }
            }
            if (starts.get(starts.size() - 1) == text.length() && starts.size() > 1) {
                starts.remove(starts.size() - 1);
            }
            return new LineStarts(starts.stream().mapToInt(Integer::intValue).toArray());
        }

        int count() {
            return starts.length;
        }

        int start(int line) {
            return starts[line - 1];
        }
    }
}
