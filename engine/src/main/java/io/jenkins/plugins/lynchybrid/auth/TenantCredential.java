package io.jenkins.plugins.lynchybrid.auth;

import java.util.Arrays;

/**
 * The tenant administrator's username and password. The password stays a char array until the moment it is
 * sent; {@link #toString()} never shows it. {@link #close()} wipes it.
 */
public final class TenantCredential implements AutoCloseable {
    private final String username;
    private final char[] password;

    public TenantCredential(String username, char[] password) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("tenant admin username is empty");
        }
        this.username = username;
        this.password = password.clone();
    }

    public String username() {
        return username;
    }

    /** A copy of the password; the caller wipes it after use. */
    public char[] password() {
        return password.clone();
    }

    @Override
    public void close() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "TenantCredential[" + username + ", password hidden]";
    }
}
