package io.jenkins.plugins.lynchybrid.tls;

import java.util.Collection;
import java.util.Locale;

/**
 * Whether a certificate's subjectAltName DNS names cover a host name, by RFC 6125 §6.4: names compare without
 * regard to case or a trailing dot, and a wildcard stands only for the whole left-most label of a name with
 * at least two labels after it ({@code *.contoso.com} covers {@code sip.contoso.com} but neither
 * {@code contoso.com} nor {@code a.sip.contoso.com}).
 */
public final class SanCoverage {
    private SanCoverage() {}

    public static boolean covers(Collection<String> dnsNames, String host) {
        return dnsNames.stream().anyMatch(name -> matches(name, host));
    }

    public static boolean matches(String dnsName, String host) {
        String pattern = normalize(dnsName);
        String name = normalize(host);
        if (!pattern.startsWith("*.")) {
            return pattern.equals(name);
        }
        String parent = pattern.substring(1);
        boolean parentHasTwoLabels = parent.indexOf('.', 1) > 0;
        int firstDot = name.indexOf('.');
        return parentHasTwoLabels && firstDot > 0 && name.substring(firstDot).equals(parent);
    }

    private static String normalize(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
