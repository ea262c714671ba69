package io.jenkins.plugins.lynchybrid.report;

import io.jenkins.plugins.lynchybrid.text.HiddenCharacters;

/**
 * HTML text escaping for the self-contained reports: markup characters become entities, and characters a reader
 * cannot see (controls, C1 controls, bidirectional overrides such as U+202E, unpaired surrogates) are shown by their
 * code ({@link HiddenCharacters}), so a host message can neither break the page nor disguise what it says.
 */
public final class Html {
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
}
