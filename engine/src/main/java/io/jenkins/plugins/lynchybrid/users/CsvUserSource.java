package io.jenkins.plugins.lynchybrid.users;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the users to move from a CSV file whose header names a {@code SipAddress} and/or a
 * {@code UserPrincipalName} column (other columns are ignored), in the strict dialect of docs/move.md "The user
 * list (CSV dialect)": Apache Commons CSV reads the rows; every line after the header is a user or a
 * {@link SourceProblem} naming {@code file:line} (blank, comment, short, long, malformed, duplicate and conflicting
 * lines included). A file that cannot be read at all, or whose header is unusable, is a configuration error.
 */
public final class CsvUserSource {
    static final String SIP_COLUMN = "sipaddress";
    static final String UPN_COLUMN = "userprincipalname";

    private final IdentityRules rules;

    public CsvUserSource(IdentityRules rules) {
        this.rules = rules;
    }

    public UserSelection read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigurationException("user list " + file + " cannot be read: " + e.getMessage(), e);
        }
        return parse(decode(bytes, file.toString()), file.getFileName().toString());
    }

    /** Parses CSV text; {@code name} prefixes every location ({@code name:line}). */
    public UserSelection parse(String text, String name) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isEmpty()) {
            throw new ConfigurationException("user list " + name
                    + " is empty: it needs a header line naming SipAddress and/or UserPrincipalName");
        }
        List<CsvRows.Row> rows = CsvRows.read(body, CsvRows.format(CsvDelimiter.of(firstLine(body), name)));
        Columns columns = Columns.of(rows.get(0), name);
        UserSelectionBuilder selection = new UserSelectionBuilder();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String location = name + ":" + row.line();
            Optional<String> problem = rowProblem(row, columns);
            if (problem.isPresent()) {
                selection.problem(location, problem.get());
            } else {
                userOf(row.fields(), columns, location, selection);
            }
        }
        return selection.build();
    }

    /** What makes a row unusable before its values are looked at: every line is the header, a user or a problem. */
    private static Optional<String> rowProblem(CsvRows.Row row, Columns columns) {
        List<String> fields = row.fields();
        if (row.malformed()) {
            return Optional.of(row.problem());
        }
        if (fields.stream().allMatch(String::isBlank)) {
            return Optional.of(
                    fields.size() == 1 ? "is blank" : "names no user: SipAddress and UserPrincipalName are both empty");
        }
        if (fields.get(0).startsWith("#")) {
            return Optional.of("starts with '#': comment lines are not part of a user list (delete the line)");
        }
        if (fields.size() != columns.width()) {
            return Optional.of(
                    "has " + fields.size() + (fields.size() == 1 ? " field" : " fields") + " but the header has "
                            + columns.width()
                            + (fields.size() > columns.width()
                                    ? " (an unquoted delimiter inside a value?)"
                                    : " (a missing delimiter or value?)"));
        }
        return Optional.empty();
    }

    private void userOf(List<String> fields, Columns columns, String location, UserSelectionBuilder selection) {
        String sip = columns.sip() < fields.size() ? fields.get(columns.sip()).strip() : "";
        String upn = columns.upn() < fields.size() ? fields.get(columns.upn()).strip() : "";
        if (sip.isEmpty() && upn.isEmpty()) {
            selection.problem(location, "names no user: SipAddress and UserPrincipalName are both empty");
            return;
        }
        IdentityRules.Checked sipValue = sip.isEmpty() ? IdentityRules.Checked.absent() : rules.sipAddress(sip);
        IdentityRules.Checked upnValue = upn.isEmpty() ? IdentityRules.Checked.absent() : rules.userPrincipalName(upn);
        Optional<String> problem = Stream.of(sipValue, upnValue)
                .map(IdentityRules.Checked::problem)
                .filter(java.util.Objects::nonNull)
                .findFirst();
        if (problem.isPresent()) {
            selection.problem(location, problem.get());
            return;
        }
        selection.add(new UserRef(sipValue.value(), upnValue.value(), location));
    }

    private static String firstLine(String body) {
        int end = 0;
        while (end < body.length() && body.charAt(end) != '\n' && body.charAt(end) != '\r') {
            end++;
        }
        return body.substring(0, end);
    }

    private static String decode(byte[] bytes, String name) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ConfigurationException(
                    "user list " + name + " is UTF-16 (Windows 'Unicode'); save it as UTF-8 or ASCII CSV");
        }
        try {
            // Replacement characters let one bad line be reported while the others proceed.
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigurationException("user list " + name + " cannot be decoded: " + e.getMessage(), e);
        }
    }

    /** Where the identity columns are. -1 when absent; width is the header's field count. */
    private record Columns(int sip, int upn, int width) {
        static Columns of(CsvRows.Row header, String name) {
            if (header.malformed()) {
                throw new ConfigurationException(name + ":" + header.line() + ": header " + header.problem());
            }
            if (header.fields().stream().allMatch(String::isBlank)) {
                throw new ConfigurationException(name + ":" + header.line() + ": the first line is blank; the header"
                        + " naming SipAddress and/or UserPrincipalName must be the first line");
            }
            int sip = -1;
            int upn = -1;
            List<String> fields = header.fields();
            for (int i = 0; i < fields.size(); i++) {
                String column = fields.get(i).strip().toLowerCase(Locale.ROOT);
                if (column.equals(SIP_COLUMN) || column.equals(UPN_COLUMN)) {
                    boolean isSip = column.equals(SIP_COLUMN);
                    if ((isSip ? sip : upn) >= 0) {
                        throw new ConfigurationException(name + ":" + header.line() + ": header names column "
                                + fields.get(i).strip() + " twice");
                    }
                    if (isSip) {
                        sip = i;
                    } else {
                        upn = i;
                    }
                }
            }
            if (sip < 0 && upn < 0) {
                throw new ConfigurationException(name + ":" + header.line() + ": header '" + String.join(",", fields)
                        + "' names neither SipAddress nor UserPrincipalName");
            }
            return new Columns(sip < 0 ? Integer.MAX_VALUE : sip, upn < 0 ? Integer.MAX_VALUE : upn, fields.size());
        }
    }
}
