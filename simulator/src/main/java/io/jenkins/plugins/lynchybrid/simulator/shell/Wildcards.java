package io.jenkins.plugins.lynchybrid.simulator.shell;

import java.util.regex.Pattern;

/** PowerShell's {@code *} wildcard as a case-insensitive pattern; every other character is literal. */
final class Wildcards {
    private Wildcards() {}

    static Pattern pattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String piece : glob.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(piece));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}
