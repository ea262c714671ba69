package io.jenkins.plugins.lynchybrid.readiness;

import java.util.Locale;

/** DNS names compare case-insensitively and without the root dot. */
final class Names {
    private Names() {}

    static String normalise(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    static boolean same(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }
}
