package io.jenkins.plugins.lynchybrid.report;

import io.jenkins.plugins.lynchybrid.text.HiddenCharacters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML text escaping for the self-contained reports: markup characters become entities, and characters a reader
 * cannot see (controls, C1 controls, bidirectional overrides such as U+202E, unpaired surrogates) are shown by their
 * code ({@link HiddenCharacters}), so a host message can neither break the page nor disguise what it says.
 */
public final class Html {
    private static final Pattern WORDS_AND_SPACES = Pattern.compile("[^ \\n\\t]+|[ \\n\\t]+");

    private Html() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        HiddenCharacters.show(text, "\n\t").codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * Escapes a command so that it wraps only at spaces: every run of non-space characters is kept on one line
     * ({@code -HostsOCSUsers} is never split after its hyphen), and copying the text still gives the command.
     */
    public static String command(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        Matcher words = WORDS_AND_SPACES.matcher(text);
        while (words.find()) {
            String part = words.group();
            if (Character.isWhitespace(part.charAt(0))) {
                out.append(escape(part));
            } else {
                out.append("<span class=\"word\">").append(escape(part)).append("</span>");
            }
        }
        return out.toString();
    }
}
