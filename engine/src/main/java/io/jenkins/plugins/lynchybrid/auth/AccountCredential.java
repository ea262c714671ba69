package io.jenkins.plugins.lynchybrid.auth;

import java.util.Arrays;

/**
 * An administrator account's username and password: the tenant admin, or the on-premises pool admin of the
 * remote OcsPowershell session. The password stays a char array until the moment it is
 * sent; {@link #toString()} never shows it. {@link #close()} wipes it.
 */
public final class AccountCredential implements AutoCloseable {
    private final String username;
    private final char[] password;

    public AccountCredential(String username, char[] password) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("account username is empty");
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
        return "AccountCredential[" + username + ", password hidden]";
    }
}
