package io.jenkins.plugins.lynchybrid.status;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A failure reason reduced to its cause, so the same failure of different users, on different days, clusters: the
 * user's own names (SIP address, UPN, identity), addresses, GUIDs and numbers are stripped, and the fix (after
 * {@code fix:}, as the move and verify reasons write it) is kept apart.
 */
final class FailureCauses {
    private static final Pattern GUID =
            Pattern.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:sip:)?[\\p{L}0-9._%+'-]+@[\\p{L}0-9.-]+\\b");
    private static final Pattern DISTINGUISHED_NAME = Pattern.compile("(?i)\\bCN=[^;\"]*?(?=[;\"]|$)");
    private static final Pattern TIME = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z?\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern FIX = Pattern.compile("(?i)(?:\\s+[—-]\\s+|;\\s*|\\.\\s+|^)fix:\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FailureCauses() {}

    /** One reason: its normalised cause and its fix (empty when the reason names none). */
    record Cause(String cause, String fix) {}

    static Cause of(String reason, String user, String identity) {
        String text = reason == null ? "" : reason;
        String fix = "";
        var fixAt = FIX.matcher(text);
        if (fixAt.find()) {
            fix = text.substring(fixAt.end()).strip();
            text = text.substring(0, fixAt.start());
        }
        return new Cause(
                normalise(text, user, identity), anonymise(fix, user, identity).strip());
    }

    static String normalise(String text, String user, String identity) {
        String result = anonymise(text, user, identity);
        result = TIME.matcher(result).replaceAll("<time>");
        result = NUMBER.matcher(result).replaceAll("<n>");
        return SPACES.matcher(result).replaceAll(" ").strip();
    }

    /** Without the user's names, addresses and GUIDs; numbers stay (a fix's "Plan 2" or "30 minutes" means them). */
    private static String anonymise(String text, String user, String identity) {
        String result = text;
        for (String name : new String[] {identity, user}) {
            if (name != null && !name.isBlank()) {
                // as a whole name only: a short key must not eat a word that contains it
                result = Pattern.compile("(?<![\\p{L}0-9._%+'@-])" + Pattern.quote(name) + "(?![\\p{L}0-9._%+'@-])")
                        .matcher(result)
                        .replaceAll("<user>");
            }
        }
        result = GUID.matcher(result).replaceAll("<id>");
        result = ADDRESS.matcher(result).replaceAll("<user>");
        return DISTINGUISHED_NAME.matcher(result).replaceAll("<user>");
    }

    /** Clusters compare causes without regard to case. */
    static String key(String cause) {
        return cause.toLowerCase(Locale.ROOT);
    }
}
