package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How old the tenant's last directory sync may be, as people type it: {@code 3h}, {@code 90m}, {@code 1h30m},
 * {@code 45s}, or ISO {@code PT3H}. Both adapters read it here, so a Jenkinsfile and a command line take the same
 * spellings.
 */
public final class SyncThreshold {
    private static final Pattern PARTS = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private SyncThreshold() {}

    public static Duration parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("pt")) {
            try {
                return positive(Duration.parse(value.toUpperCase(Locale.ROOT)), text);
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        Matcher m = PARTS.matcher(value);
        if (value.isEmpty() || !m.matches()) {
            throw invalid(text);
        }
        Duration duration = Duration.ofHours(number(m.group(1)))
                .plusMinutes(number(m.group(2)))
                .plusSeconds(number(m.group(3)));
        return positive(duration, text);
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    private static Duration positive(Duration duration, String text) {
        if (duration.isZero() || duration.isNegative()) {
            throw new ConfigurationException("'" + text + "' is not a positive duration");
        }
        return duration;
    }

    private static ConfigurationException invalid(String text) {
        return new ConfigurationException("'" + text + "' is not a duration: write e.g. 3h, 90m, 1h30m, 45s or PT3H");
    }
}
