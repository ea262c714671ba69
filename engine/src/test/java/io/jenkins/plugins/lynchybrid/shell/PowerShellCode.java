package io.jenkins.plugins.lynchybrid.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * A PowerShell script's code without its comments and with its string literals emptied, so that what a test looks
 * for in the code cannot be found in a comment or a message. Knows line and block comments, single-quoted strings
 * ({@code ''} escapes), expandable strings (backtick and {@code ""} escapes) and here-strings of both kinds.
 *
 * @param code the script with comments removed (line ends kept) and every string literal left as its empty quotes
 * @param expandableStrings the contents of the double-quoted and {@code @"} strings, which PowerShell expands
 */
record PowerShellCode(String code, List<String> expandableStrings) {

    static PowerShellCode of(String script) {
        StringBuilder code = new StringBuilder(script.length());
        List<String> expandable = new ArrayList<>();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (script.startsWith("<#", i)) {
                i = after(script, "#>", i + 2);
            } else if (c == '#') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
            } else if (script.startsWith("@'\n", i) || script.startsWith("@'\r\n", i)) {
                code.append("@''@");
                i = after(script, "\n'@", i + 2);
            } else if (script.startsWith("@\"\n", i) || script.startsWith("@\"\r\n", i)) {
                int end = script.indexOf("\n\"@", i + 2);
                expandable.add(script.substring(i + 2, end < 0 ? script.length() : end));
                code.append("@\"\"@");
                i = after(script, "\n\"@", i + 2);
            } else if (c == '\'') {
                code.append("''");
                i = endOfQuoted(script, i + 1, '\'', false);
            } else if (c == '"') {
                int end = endOfQuoted(script, i + 1, '"', true);
                expandable.add(script.substring(i + 1, Math.max(i + 1, end - 1)));
                code.append("\"\"");
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        return new PowerShellCode(code.toString(), List.copyOf(expandable));
    }

    private static int after(String script, String terminator, int from) {
        int end = script.indexOf(terminator, from);
        return end < 0 ? script.length() : end + terminator.length();
    }

    /** The index after the closing quote; a doubled quote (and in expandable strings a backtick) escapes. */
    private static int endOfQuoted(String script, int from, char quote, boolean backtickEscapes) {
        int i = from;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (backtickEscapes && c == '`') {
                i += 2;
            } else if (c == quote && i + 1 < script.length() && script.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return script.length();
    }
}
