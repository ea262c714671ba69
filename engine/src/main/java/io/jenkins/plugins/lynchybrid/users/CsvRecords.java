package io.jenkins.plugins.lynchybrid.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits CSV text into records (RFC 4180 quoting: a quoted field may hold the delimiter, {@code ""} and line
 * breaks). Blank lines and lines starting with {@code #} are skipped. A malformed record is returned with the
 * reason instead of fields, and reading goes on at the next line.
 */
final class CsvRecords {
    private final String text;
    private final char delimiter;
    private int position;
    private int line = 1;

    CsvRecords(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** One record: the physical line it starts on, its fields, or why it could not be read. */
    record Record(int line, List<String> fields, String problem) {
        boolean malformed() {
            return problem != null;
        }
    }

    Optional<Record> next() {
        skipBlankAndCommentLines();
        if (position >= text.length()) {
            return Optional.empty();
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                fields.add(field.toString());
                return Optional.of(new Record(startLine, fields, null));
            }
            char c = text.charAt(position);
            if (c == '"' && field.toString().isBlank()) {
                String problem = quoted(field, startLine);
                if (problem != null) {
                    return Optional.of(new Record(startLine, List.of(), problem));
                }
            } else if (c == delimiter) {
                position++;
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                endOfLine();
                fields.add(field.toString());
                return Optional.of(new Record(startLine, fields, null));
            } else if (c == '"') {
                skipRestOfLine();
                return Optional.of(new Record(
                        startLine,
                        List.of(),
                        "a quote inside an unquoted field (quote the whole field and double the quote)"));
            } else {
                field.append(c);
                position++;
            }
        }
    }

    /** Reads a quoted field into {@code field}; returns a problem, or null when the field is well formed. */
    private String quoted(StringBuilder field, int startLine) {
        field.setLength(0);
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"' && position + 1 < text.length() && text.charAt(position + 1) == '"') {
                field.append('"');
                position += 2;
            } else if (c == '"') {
                position++;
                int after = position;
                while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                    after++;
                }
                if (after < text.length() && text.charAt(after) != delimiter && !isLineBreak(text.charAt(after))) {
                    skipRestOfLine();
                    return "text after a closing quote (quote the whole field and double any quote inside)";
                }
                position = after;
                return null;
            } else {
                if (c == '\n' || (c == '\r' && !(position + 1 < text.length() && text.charAt(position + 1) == '\n'))) {
                    line++;
                }
                field.append(c);
                position++;
            }
        }
        return "a quote opened on line " + startLine + " is never closed (the rest of the file was read as one field)";
    }

    private void skipBlankAndCommentLines() {
        while (position < text.length()) {
            int end = position;
            while (end < text.length() && !isLineBreak(text.charAt(end))) {
                end++;
            }
            String content = text.substring(position, end).strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                return;
            }
            position = end;
            if (position < text.length()) {
                endOfLine();
            }
        }
    }

    private void skipRestOfLine() {
        while (position < text.length() && !isLineBreak(text.charAt(position))) {
            position++;
        }
        if (position < text.length()) {
            endOfLine();
        }
    }

    private void endOfLine() {
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position++;
        }
        position++;
        line++;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
