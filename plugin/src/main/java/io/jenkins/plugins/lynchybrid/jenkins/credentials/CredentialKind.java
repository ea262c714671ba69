package io.jenkins.plugins.lynchybrid.jenkins.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** The kinds of credentials a site refers to, with the words used when one of the wrong kind is selected. */
public enum CredentialKind {
    USERNAME_PASSWORD("username/password", CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class)),
    APP_SECRET_OR_CERTIFICATE(
            "secret text (client secret) or certificate",
            CredentialsMatchers.anyOf(
                    CredentialsMatchers.instanceOf(StringCredentials.class),
                    CredentialsMatchers.instanceOf(StandardCertificateCredentials.class)));

    private final String description;
    private final CredentialsMatcher matcher;

    CredentialKind(String description, CredentialsMatcher matcher) {
        this.description = description;
        this.matcher = matcher;
    }

    public String description() {
        return description;
    }

    public CredentialsMatcher matcher() {
        return matcher;
    }

    public boolean accepts(StandardCredentials credentials) {
        return matcher.matches(credentials);
    }
}
