package io.jenkins.plugins.lynchybrid.jenkins.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;

/**
 * Credential drop-downs and their validation, for the global configuration ({@code context == null}) and for
 * job-level forms. Only users who may configure the context see which credentials exist; everyone else gets
 * back just the value they sent, so the form cannot be used to enumerate credential IDs.
 *
 * <p>Only what a build can use is listed or accepted. A site's credentials are resolved per build with
 * {@code CredentialsProvider.findCredentialById(id, type, run)}, which looks in the job's context, where the
 * credentials plugin's {@code SystemCredentialsProvider} hides SYSTEM-scoped credentials. In the Jenkins context
 * itself it shows every scope, so the global form keeps to GLOBAL scope: a SYSTEM credential chosen there would
 * pass every check and fail every build.
 */
public final class CredentialsListing {

    private CredentialsListing() {}

    /** What a build can resolve, of this kind: in a job's context the provider already leaves SYSTEM out. */
    private static CredentialsMatcher usableByBuilds(@CheckForNull Item context, CredentialsMatcher kind) {
        return context == null
                ? CredentialsMatchers.allOf(CredentialsMatchers.withScope(CredentialsScope.GLOBAL), kind)
                : kind;
    }

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
                    .includeMatchingAs(
                            ACL.SYSTEM2,
                            Jenkins.get(),
                            StandardCredentials.class,
                            List.of(),
                            usableByBuilds(null, kind.matcher()))
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
                        CredentialsMatchers.allOf(CredentialsMatchers.withId(id), usableByBuilds(null, kind.matcher())))
                : CredentialsProvider.listCredentialsInItem(
                        StandardCredentials.class,
                        context,
                        ACL.SYSTEM2,
                        List.of(),
                        CredentialsMatchers.allOf(CredentialsMatchers.withId(id), kind.matcher()));
        return visible.isEmpty()
                ? FormValidation.error("No " + kind.description() + " credentials with ID '" + id
                        + "' are available to builds here"
                        + (context == null ? " (builds cannot use SYSTEM-scoped credentials: choose GLOBAL ones)" : ""))
                : FormValidation.ok();
    }
}
