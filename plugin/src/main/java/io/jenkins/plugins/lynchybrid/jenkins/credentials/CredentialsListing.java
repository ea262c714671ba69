package io.jenkins.plugins.lynchybrid.jenkins.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.List;
import java.util.Optional;
import jenkins.model.Jenkins;

/**
 * Credential drop-downs and their validation, for the global configuration ({@code context == null}) and for
 * job-level forms. Only users who may configure the context see which credentials exist; everyone else gets
 * back just the value they sent, so the form cannot be used to enumerate credential IDs.
 */
public final class CredentialsListing {

    private CredentialsListing() {}

    /**
     * Jenkins.ADMINISTER for the global configuration; in a job, Item.EXTENDED_READ (which CONFIGURE implies)
     * or Credentials/UseItem.
     */
    public static boolean mayList(@CheckForNull Item context) {
        if (context == null) {
            return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
        }
        return context.hasPermission(Item.EXTENDED_READ) || context.hasPermission(CredentialsProvider.USE_ITEM);
    }

    public static ListBoxModel choices(@CheckForNull Item context, String current, CredentialKind kind) {
        StandardListBoxModel result = new StandardListBoxModel();
        if (!mayList(context)) {
            return result.includeCurrentValue(current);
        }
        if (context == null) {
            return result.includeEmptyValue()
                    .includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class, List.of(), kind.matcher())
                    .includeCurrentValue(current);
        }
        return result.includeEmptyValue()
                .includeMatchingAs(ACL.SYSTEM2, context, StandardCredentials.class, List.of(), kind.matcher())
                .includeCurrentValue(current);
    }

    /** An empty value is fine here: required fields say so in their own check. */
    public static FormValidation check(@CheckForNull Item context, String value, CredentialKind kind) {
        String id = Util.fixEmptyAndTrim(value);
        if (id == null || !mayList(context)) {
            return FormValidation.ok();
        }
        if (id.startsWith("${") && id.endsWith("}")) {
            return FormValidation.warning("Credentials given by an expression are only checked when a build runs");
        }
        ListBoxModel visible = context == null
                ? CredentialsProvider.listCredentialsInItemGroup(
                        StandardCredentials.class,
                        Jenkins.get(),
                        ACL.SYSTEM2,
                        List.of(),
                        CredentialsMatchers.allOf(CredentialsMatchers.withId(id), kind.matcher()))
                : CredentialsProvider.listCredentialsInItem(
                        StandardCredentials.class,
                        context,
                        ACL.SYSTEM2,
                        List.of(),
                        CredentialsMatchers.allOf(CredentialsMatchers.withId(id), kind.matcher()));
        return visible.isEmpty()
                ? FormValidation.error(
                        "No " + kind.description() + " credentials with ID '" + id + "' are available here")
                : FormValidation.ok();
    }

    /**
     * The user name of a global username/password credential, for validating a site in the global form.
     * Only the (non-secret) user name is read.
     */
    public static Optional<String> usernameOf(String credentialsId) {
        String id = Util.fixEmptyAndTrim(credentialsId);
        if (id == null) {
            return Optional.empty();
        }
        StandardUsernamePasswordCredentials found = CredentialsMatchers.firstOrNull(
                CredentialsProvider.lookupCredentialsInItemGroup(
                        StandardUsernamePasswordCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of()),
                CredentialsMatchers.withId(id));
        return Optional.ofNullable(found).map(StandardUsernamePasswordCredentials::getUsername);
    }
}
