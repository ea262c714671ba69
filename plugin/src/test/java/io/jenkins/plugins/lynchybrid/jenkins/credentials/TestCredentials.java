package io.jenkins.plugins.lynchybrid.jenkins.credentials;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.model.Descriptor;
import hudson.util.Secret;
import java.io.IOException;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;

/** Global credentials for tests, stored the way an administrator would store them. */
public final class TestCredentials {
    /** Quotes, shell and PowerShell metacharacters, a space and non-ASCII letters: hard to mask, easy to leak. */
    public static final String PASSWORD = "}#T14'GAz&H!{$U_ pässwört";

    private TestCredentials() {}

    public static void addUsernamePassword(String id, String username) throws IOException, Descriptor.FormException {
        add(new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, id, null, username, PASSWORD));
    }

    /** SYSTEM scope: Jenkins itself may use it, builds may not. */
    public static void addSystemUsernamePassword(String id, String username)
            throws IOException, Descriptor.FormException {
        add(new UsernamePasswordCredentialsImpl(CredentialsScope.SYSTEM, id, null, username, PASSWORD));
    }

    public static void addSecretText(String id, String secret) throws IOException {
        add(new StringCredentialsImpl(CredentialsScope.GLOBAL, id, null, Secret.fromString(secret)));
    }

    private static void add(Credentials credentials) throws IOException {
        SystemCredentialsProvider store = SystemCredentialsProvider.getInstance();
        store.getCredentials().add(credentials);
        store.save();
    }
}
