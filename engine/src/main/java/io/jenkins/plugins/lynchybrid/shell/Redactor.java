package io.jenkins.plugins.lynchybrid.shell;

import io.jenkins.plugins.lynchybrid.auth.TenantCredential;
import java.util.Arrays;

/** Masks the tenant password wherever a host's stray output repeats it. {@link #close()} wipes its copy. */
final class Redactor implements AutoCloseable {
    private static final String MASK = "****";
    private final char[] secret;

    Redactor(TenantCredential credential) {
        this.secret = credential.password();
    }

    String redact(String text) {
        if (secret.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (matchesAt(text, i)) {
                out.append(MASK);
                i += secret.length;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private boolean matchesAt(String text, int at) {
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
        Arrays.fill(secret, '\0');
    }
}
