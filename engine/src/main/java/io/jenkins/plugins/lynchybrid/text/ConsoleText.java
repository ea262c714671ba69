package io.jenkins.plugins.lynchybrid.text;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Text from hosts, tenants and input files made safe for a console or a build log (the CLI's output, the plugin's
 * {@code TaskListener}): hidden characters ({@link HiddenCharacters}) are shown by their code, so an escape
 * sequence cannot recolour or clear a terminal and a newline inside a value cannot forge a log line, and each line is
 * cut at {@value #MAX_LINE} characters, so one 200 kB message does not flood the log.
 */
public final class ConsoleText {
    public static final int MAX_LINE = 2000;

    private ConsoleText() {}

    /** One line: every hidden character, line breaks and tabs included, is shown by its code. */
    public static String line(String text) {
        return cut(HiddenCharacters.show(text, ""));
    }

    /**
     * Lines of text whose line feeds are meant (a summary, an error listing bad lines): each line made safe as by
     * {@link #line}, tabs kept. A carriage return is shown by its code unless it ends a line (CR LF). A final line
     * feed ends the last line and adds no empty one, so {@code println(lines(text))} prints what {@code print(text)}
     * would.
     */
    public static String lines(String text) {
        if (text == null) {
            return "";
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return Arrays.stream(body.split("\r?\n", -1))
                .map(l -> cut(HiddenCharacters.show(l, "\t")))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String cut(String line) {
        if (line.length() <= MAX_LINE) {
            return line;
        }
        int end = Character.isHighSurrogate(line.charAt(MAX_LINE - 1)) ? MAX_LINE - 1 : MAX_LINE;
        return line.substring(0, end) + "... (" + (line.length() - end) + " more characters)";
    }
}
