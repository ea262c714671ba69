package io.jenkins.plugins.lynchybrid.jenkins.credentials;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import java.util.Arrays;

/**
 * Resolves a site's credential IDs for one build: in the build's own context (so folder credentials count),
 * checked for the right kind, and tracked so the credential's usage page lists the build.
 */
public final class RunCredentials {
    private final Run<?, ?> run;

    public RunCredentials(Run<?, ?> run) {
        this.run = run;
    }

    /**
     * @param role what the credential is for, as the user would name it ("tenant administrator")
     * @throws AbortException naming the role and the ID when the credential is missing or of the wrong kind
     */
    public StandardCredentials require(String credentialsId, CredentialKind kind, String role) throws AbortException {
        return require(credentialsId, StandardCredentials.class, kind, role);
    }

    /** The tenant administrator as the engine takes it. */
    public AccountCredential tenantAdmin(String credentialsId) throws AbortException {
        return account(credentialsId, "tenant administrator");
    }

    /** A username/password account as the engine takes it: the password leaves the {@link Secret} only as a char array. */
    public AccountCredential account(String credentialsId, String role) throws AbortException {
        StandardUsernamePasswordCredentials credentials = require(
                credentialsId, StandardUsernamePasswordCredentials.class, CredentialKind.USERNAME_PASSWORD, role);
        char[] password = credentials.getPassword().getPlainText().toCharArray();
        try {
            return new AccountCredential(credentials.getUsername(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private <C extends StandardCredentials> C require(
            String credentialsId, Class<C> type, CredentialKind kind, String role) throws AbortException {
        if (credentialsId == null) {
            throw new AbortException("The site names no " + role + " credentials");
        }
        StandardCredentials found =
                CredentialsProvider.findCredentialById(credentialsId, StandardCredentials.class, run);
        if (found == null) {
            throw new AbortException(
                    "The " + role + " credentials '" + credentialsId + "' do not exist or are not visible to this job");
        }
        if (!kind.accepts(found) || !type.isInstance(found)) {
            throw new AbortException("The " + role + " credentials '" + credentialsId + "' must be "
                    + kind.description() + " credentials");
        }
        CredentialsProvider.track(run, found);
        return type.cast(found);
    }
}
