package io.jenkins.plugins.lynchybrid.shell;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Masks the tenant password and the pool admin password wherever a host's stray output repeats them.
 * {@link #close()} wipes its copies.
 */
final class Redactor implements AutoCloseable {
    private static final String MASK = "****";
    private final List<char[]> secrets;

    Redactor(List<AccountCredential> credentials) {
        this.secrets = credentials.stream()
                .map(AccountCredential::password)
                .filter(secret -> secret.length > 0)
                // longest first, so a password that contains the other is masked whole
                .sorted(Comparator.comparingInt((char[] secret) -> secret.length)
                        .reversed())
                .toList();
    }

    String redact(String text) {
        String masked = text;
        for (char[] secret : secrets) {
            masked = redact(masked, secret);
        }
        return masked;
    }

    private static String redact(String text, char[] secret) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (matchesAt(text, i, secret)) {
                out.append(MASK);
                i += secret.length;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean matchesAt(String text, int at, char[] secret) {
        if (at + secret.length > text.length()) {
            return false;
        }
        for (int k = 0; k < secret.length; k++) {
            if (text.charAt(at + k) != secret[k]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        secrets.forEach(secret -> Arrays.fill(secret, '\0'));
    }
}
