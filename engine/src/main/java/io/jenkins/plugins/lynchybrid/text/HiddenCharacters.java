package io.jenkins.plugins.lynchybrid.text;

import java.util.Locale;

/**
 * Characters that text from a host, a tenant or an input file must not carry raw into a console or a report: they
 * are invisible or change how the text around them looks. Controls (C0, DEL, C1) move cursors, recolour terminals
 * and forge log lines; bidirectional controls reorder what a reader sees (U+202E shows {@code exe.txt} as
 * {@code txt.exe}); zero-width characters and line separators hide or split text; an unpaired surrogate is not text
 * at all. Each is shown as its code, a backslash, u and four hex digits, as in Java source.
 */
public final class HiddenCharacters {
    private HiddenCharacters() {}

    public static boolean hidden(int c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C
                || (c >= 0x200B && c <= 0x200F)
                || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x2069)
                || c == 0xFEFF
                || c == 0xFFFE
                || c == 0xFFFF
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /** How a hidden character is shown: {@code \n}, {@code \t}, {@code \r}, or a backslash, u and four hex digits. */
    public static String shown(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(Locale.ROOT, "\\u%04X", c);
        };
    }

    /**
     * {@code text} with each hidden character but those {@code kept} shown by its code. Code points are read as
     * {@link String#codePoints} reads them, so an unpaired surrogate is one hidden character.
     */
    public static String show(String text, String kept) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (hidden(c) && kept.indexOf(c) < 0) {
                out.append(shown(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** {@code text} with every unpaired surrogate replaced by U+FFFD, so it encodes as UTF-8 and parses as XML. */
    public static String wellFormed(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!paired && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(paired ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }
}
