package io.jenkins.plugins.lynchybrid.jenkins.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.jenkins.credentials.CredentialKind;
import io.jenkins.plugins.lynchybrid.jenkins.credentials.CredentialsListing;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import io.jenkins.plugins.lynchybrid.site.SiteForm;
import io.jenkins.plugins.lynchybrid.site.SiteForm.Field;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One named hybrid deployment as configured in Jenkins: the fields of the engine's site model plus the IDs of
 * the credentials it signs in with. It stores no secret, only credential IDs.
 */
public class LyncHybridSite extends AbstractDescribableImpl<LyncHybridSite> {
    static final String DEFAULT_SERVER_VERSION = "lync2013";
    static final String DEFAULT_CLOUD = "worldwide";
    static final String DEFAULT_SHELL_COMMAND = "powershell.exe";
    static final int DEFAULT_SHELL_HOSTS = 2;
    static final long DEFAULT_SHELL_TIMEOUT_SECONDS = 300;

    private final String name;
    private String sipDomains;
    private String tenant;
    private String poolFqdn;
    private String edgeAccessFqdn;
    private String edgeProbeAddress;
    private String serverVersion = DEFAULT_SERVER_VERSION;
    private String cloud = DEFAULT_CLOUD;
    private String authorityHost;
    private String graphEndpoint;
    private String hostingProviderFqdn;
    private String autodiscoverUrl;
    private String publicClientId;
    private String appClientId;
    private String hostedMigrationOverrideUrl;
    private String dnsResolver;
    private String proxy;
    private String trustStore;
    private Secret trustStorePassword;
    private String shellCommand = DEFAULT_SHELL_COMMAND;
    private int shellHosts = DEFAULT_SHELL_HOSTS;
    private long shellCommandTimeoutSeconds = DEFAULT_SHELL_TIMEOUT_SECONDS;
    private String remotePoolUrl;
    private String credentialsId;
    private String appCredentialsId;
    private String onPremCredentialsId;

    @DataBoundConstructor
    public LyncHybridSite(String name) {
        this.name = Util.fixNull(name).trim();
    }

    public String getName() {
        return name;
    }

    public String getSipDomains() {
        return sipDomains;
    }

    /** Comma- or whitespace-separated; the primary domain first. */
    @DataBoundSetter
    public void setSipDomains(String sipDomains) {
        this.sipDomains = Util.fixEmptyAndTrim(sipDomains);
    }

    public String getTenant() {
        return tenant;
    }

    @DataBoundSetter
    public void setTenant(String tenant) {
        this.tenant = Util.fixEmptyAndTrim(tenant);
    }

    public String getPoolFqdn() {
        return poolFqdn;
    }

    @DataBoundSetter
    public void setPoolFqdn(String poolFqdn) {
        this.poolFqdn = Util.fixEmptyAndTrim(poolFqdn);
    }

    public String getEdgeAccessFqdn() {
        return edgeAccessFqdn;
    }

    @DataBoundSetter
    public void setEdgeAccessFqdn(String edgeAccessFqdn) {
        this.edgeAccessFqdn = Util.fixEmptyAndTrim(edgeAccessFqdn);
    }

    public String getEdgeProbeAddress() {
        return edgeProbeAddress;
    }

    @DataBoundSetter
    public void setEdgeProbeAddress(String edgeProbeAddress) {
        this.edgeProbeAddress = Util.fixEmptyAndTrim(edgeProbeAddress);
    }

    public String getServerVersion() {
        return serverVersion;
    }

    @DataBoundSetter
    public void setServerVersion(String serverVersion) {
        this.serverVersion =
                Optional.ofNullable(Util.fixEmptyAndTrim(serverVersion)).orElse(DEFAULT_SERVER_VERSION);
    }

    public String getCloud() {
        return cloud;
    }

    @DataBoundSetter
    public void setCloud(String cloud) {
        this.cloud = Optional.ofNullable(Util.fixEmptyAndTrim(cloud)).orElse(DEFAULT_CLOUD);
    }

    public String getAuthorityHost() {
        return authorityHost;
    }

    @DataBoundSetter
    public void setAuthorityHost(String authorityHost) {
        this.authorityHost = Util.fixEmptyAndTrim(authorityHost);
    }

    public String getGraphEndpoint() {
        return graphEndpoint;
    }

    @DataBoundSetter
    public void setGraphEndpoint(String graphEndpoint) {
        this.graphEndpoint = Util.fixEmptyAndTrim(graphEndpoint);
    }

    public String getHostingProviderFqdn() {
        return hostingProviderFqdn;
    }

    @DataBoundSetter
    public void setHostingProviderFqdn(String hostingProviderFqdn) {
        this.hostingProviderFqdn = Util.fixEmptyAndTrim(hostingProviderFqdn);
    }

    public String getAutodiscoverUrl() {
        return autodiscoverUrl;
    }

    @DataBoundSetter
    public void setAutodiscoverUrl(String autodiscoverUrl) {
        this.autodiscoverUrl = Util.fixEmptyAndTrim(autodiscoverUrl);
    }

    public String getPublicClientId() {
        return publicClientId;
    }

    @DataBoundSetter
    public void setPublicClientId(String publicClientId) {
        this.publicClientId = Util.fixEmptyAndTrim(publicClientId);
    }

    public String getAppClientId() {
        return appClientId;
    }

    @DataBoundSetter
    public void setAppClientId(String appClientId) {
        this.appClientId = Util.fixEmptyAndTrim(appClientId);
    }

    public String getHostedMigrationOverrideUrl() {
        return hostedMigrationOverrideUrl;
    }

    @DataBoundSetter
    public void setHostedMigrationOverrideUrl(String hostedMigrationOverrideUrl) {
        this.hostedMigrationOverrideUrl = Util.fixEmptyAndTrim(hostedMigrationOverrideUrl);
    }

    public String getDnsResolver() {
        return dnsResolver;
    }

    @DataBoundSetter
    public void setDnsResolver(String dnsResolver) {
        this.dnsResolver = Util.fixEmptyAndTrim(dnsResolver);
    }

    public String getProxy() {
        return proxy;
    }

    @DataBoundSetter
    public void setProxy(String proxy) {
        this.proxy = Util.fixEmptyAndTrim(proxy);
    }

    public String getTrustStore() {
        return trustStore;
    }

    /** A PKCS12 file on the controller with the CAs of internal TLS endpoints (AD FS, a test cloud). */
    @DataBoundSetter
    public void setTrustStore(String trustStore) {
        this.trustStore = Util.fixEmptyAndTrim(trustStore);
    }

    public Secret getTrustStorePassword() {
        return trustStorePassword;
    }

    /**
     * An empty password field is posted as {@code ""}, which Stapler binds as {@code Secret.fromString("")}, never
     * null: it is stored as no password, so saving the page unchanged keeps the site as it was.
     */
    @DataBoundSetter
    public void setTrustStorePassword(Secret trustStorePassword) {
        this.trustStorePassword =
                Util.fixEmpty(Secret.toString(trustStorePassword)) == null ? null : trustStorePassword;
    }

    public String getShellCommand() {
        return shellCommand;
    }

    /**
     * One argument per line, the executable first, so paths with spaces need no quoting. Line ends are stored
     * as {@code \n} whatever the browser sent.
     */
    @DataBoundSetter
    public void setShellCommand(String shellCommand) {
        this.shellCommand = Optional.ofNullable(Util.fixEmptyAndTrim(shellCommand))
                .map(command -> command.replaceAll("\\R", "\n"))
                .orElse(DEFAULT_SHELL_COMMAND);
    }

    public int getShellHosts() {
        return shellHosts;
    }

    @DataBoundSetter
    public void setShellHosts(int shellHosts) {
        this.shellHosts = shellHosts;
    }

    public long getShellCommandTimeoutSeconds() {
        return shellCommandTimeoutSeconds;
    }

    @DataBoundSetter
    public void setShellCommandTimeoutSeconds(long shellCommandTimeoutSeconds) {
        this.shellCommandTimeoutSeconds = shellCommandTimeoutSeconds;
    }

    public String getRemotePoolUrl() {
        return remotePoolUrl;
    }

    @DataBoundSetter
    public void setRemotePoolUrl(String remotePoolUrl) {
        this.remotePoolUrl = Util.fixEmptyAndTrim(remotePoolUrl);
    }

    /** The tenant administrator (username/password). */
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    /** The app registration's client secret (secret text) or certificate; optional. */
    public String getAppCredentialsId() {
        return appCredentialsId;
    }

    @DataBoundSetter
    public void setAppCredentialsId(String appCredentialsId) {
        this.appCredentialsId = Util.fixEmptyAndTrim(appCredentialsId);
    }

    /** The on-premises administrator for the remote OcsPowershell session; optional. */
    public String getOnPremCredentialsId() {
        return onPremCredentialsId;
    }

    @DataBoundSetter
    public void setOnPremCredentialsId(String onPremCredentialsId) {
        this.onPremCredentialsId = Util.fixEmptyAndTrim(onPremCredentialsId);
    }

    /**
     * A site saved by an older version lacks the fields added since, and XStream runs no initializer: those read
     * as null or 0, so they get the defaults a new site starts with.
     */
    protected Object readResolve() {
        serverVersion = Optional.ofNullable(serverVersion).orElse(DEFAULT_SERVER_VERSION);
        cloud = Optional.ofNullable(cloud).orElse(DEFAULT_CLOUD);
        shellCommand = Optional.ofNullable(shellCommand).orElse(DEFAULT_SHELL_COMMAND);
        if (shellHosts == 0) {
            shellHosts = DEFAULT_SHELL_HOSTS;
        }
        if (shellCommandTimeoutSeconds == 0) {
            shellCommandTimeoutSeconds = DEFAULT_SHELL_TIMEOUT_SECONDS;
        }
        return this;
    }

    @Extension
    @Symbol("site")
    public static final class DescriptorImpl extends Descriptor<LyncHybridSite> {
        private static final String SELECT_TENANT_ADMIN =
                "Select the tenant administrator's username/password credentials";

        @NonNull
        @Override
        public String getDisplayName() {
            return "Lync hybrid site";
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(
                @AncestorInPath @CheckForNull Item context, @QueryParameter String credentialsId) {
            return CredentialsListing.choices(context, credentialsId, CredentialKind.USERNAME_PASSWORD);
        }

        @POST
        public ListBoxModel doFillAppCredentialsIdItems(
                @AncestorInPath @CheckForNull Item context, @QueryParameter String appCredentialsId) {
            return CredentialsListing.choices(context, appCredentialsId, CredentialKind.APP_SECRET_OR_CERTIFICATE);
        }

        @POST
        public ListBoxModel doFillOnPremCredentialsIdItems(
                @AncestorInPath @CheckForNull Item context, @QueryParameter String onPremCredentialsId) {
            return CredentialsListing.choices(context, onPremCredentialsId, CredentialKind.USERNAME_PASSWORD);
        }

        @POST
        public FormValidation doCheckCredentialsId(
                @AncestorInPath @CheckForNull Item context, @QueryParameter String value) {
            if (Util.fixEmptyAndTrim(value) == null && CredentialsListing.mayList(context)) {
                return FormValidation.error(SELECT_TENANT_ADMIN);
            }
            return CredentialsListing.check(context, value, CredentialKind.USERNAME_PASSWORD);
        }

        @POST
        public FormValidation doCheckAppCredentialsId(
                @AncestorInPath @CheckForNull Item context, @QueryParameter String value) {
            return CredentialsListing.check(context, value, CredentialKind.APP_SECRET_OR_CERTIFICATE);
        }

        @POST
        public FormValidation doCheckOnPremCredentialsId(
                @AncestorInPath @CheckForNull Item context, @QueryParameter String value) {
            return CredentialsListing.check(context, value, CredentialKind.USERNAME_PASSWORD);
        }

        @POST
        public FormValidation doCheckServerVersion(@QueryParameter String value) {
            String version = Util.fixEmptyAndTrim(value);
            return version == null ? FormValidation.ok() : engineCheck(() -> ServerVersion.parse(version));
        }

        @POST
        public FormValidation doCheckCloud(@QueryParameter String value) {
            // empty means the default (worldwide); custom takes its endpoints from the advanced fields
            String cloud = Util.fixEmptyAndTrim(value);
            if (cloud == null || "custom".equals(cloud)) {
                return FormValidation.ok();
            }
            return engineCheck(() -> Cloud.named(cloud));
        }

        /** Taken as text: Stapler cannot turn an emptied number field into an int and would answer with an error page. */
        @POST
        public FormValidation doCheckShellHosts(@QueryParameter String value) {
            return engineCheck(() -> new ShellSettings(
                    List.of(DEFAULT_SHELL_COMMAND),
                    Math.toIntExact(SiteForm.number(Field.SHELL_HOSTS, value).orElse((long) DEFAULT_SHELL_HOSTS)),
                    Duration.ofSeconds(DEFAULT_SHELL_TIMEOUT_SECONDS),
                    null));
        }

        @POST
        public FormValidation doCheckShellCommandTimeoutSeconds(@QueryParameter String value) {
            return engineCheck(() -> new ShellSettings(
                    List.of(DEFAULT_SHELL_COMMAND),
                    DEFAULT_SHELL_HOSTS,
                    Duration.ofSeconds(SiteForm.number(Field.SHELL_COMMAND_TIMEOUT_SECONDS, value)
                            .orElse(DEFAULT_SHELL_TIMEOUT_SECONDS)),
                    null));
        }

        /**
         * The "Check site" button: the whole site through the engine's validation, with the tenant
         * administrator's user name taken from the selected credentials.
         */
        @POST
        public FormValidation doValidateSite(
                @QueryParameter String name,
                @QueryParameter String sipDomains,
                @QueryParameter String tenant,
                @QueryParameter String poolFqdn,
                @QueryParameter String edgeAccessFqdn,
                @QueryParameter String edgeProbeAddress,
                @QueryParameter String serverVersion,
                @QueryParameter String cloud,
                @QueryParameter String authorityHost,
                @QueryParameter String graphEndpoint,
                @QueryParameter String hostingProviderFqdn,
                @QueryParameter String autodiscoverUrl,
                @QueryParameter String publicClientId,
                @QueryParameter String appClientId,
                @QueryParameter String hostedMigrationOverrideUrl,
                @QueryParameter String dnsResolver,
                @QueryParameter String proxy,
                @QueryParameter String shellCommand,
                @QueryParameter String shellHosts,
                @QueryParameter String shellCommandTimeoutSeconds,
                @QueryParameter String remotePoolUrl,
                @QueryParameter String credentialsId) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            String adminId = Util.fixEmptyAndTrim(credentialsId);
            if (adminId == null) {
                return FormValidation.error(SELECT_TENANT_ADMIN);
            }
            FormValidation admin = CredentialsListing.check(null, adminId, CredentialKind.USERNAME_PASSWORD);
            if (admin.kind != FormValidation.Kind.OK) {
                return admin;
            }
            Map<Field, String> form = new EnumMap<>(Field.class);
            form.put(Field.NAME, name);
            form.put(Field.SIP_DOMAINS, sipDomains);
            form.put(Field.TENANT, tenant);
            form.put(Field.POOL_FQDN, poolFqdn);
            form.put(Field.EDGE_ACCESS_FQDN, edgeAccessFqdn);
            form.put(Field.EDGE_PROBE_ADDRESS, edgeProbeAddress);
            form.put(Field.SERVER_VERSION, serverVersion);
            form.put(Field.CLOUD, cloud);
            form.put(Field.AUTHORITY_HOST, authorityHost);
            form.put(Field.GRAPH_ENDPOINT, graphEndpoint);
            form.put(Field.HOSTING_PROVIDER_FQDN, hostingProviderFqdn);
            form.put(Field.AUTODISCOVER_URL, autodiscoverUrl);
            form.put(Field.PUBLIC_CLIENT_ID, publicClientId);
            // the engine only needs a tenant administrator named here; a build takes the user name from the
            // credential, looked up for that build
            form.put(Field.ADMIN_USERNAME, adminId);
            form.put(Field.APP_CLIENT_ID, appClientId);
            form.put(Field.HOSTED_MIGRATION_OVERRIDE_URL, hostedMigrationOverrideUrl);
            form.put(Field.DNS_RESOLVER, dnsResolver);
            form.put(Field.PROXY, proxy);
            // blank as a saved site has it: the default command
            form.put(
                    Field.SHELL_COMMAND,
                    Optional.ofNullable(Util.fixEmptyAndTrim(shellCommand)).orElse(DEFAULT_SHELL_COMMAND));
            form.put(Field.SHELL_HOSTS, shellHosts);
            form.put(Field.SHELL_COMMAND_TIMEOUT_SECONDS, shellCommandTimeoutSeconds);
            form.put(Field.REMOTE_POOL_URL, remotePoolUrl);
            try {
                SiteForm.read(form, SiteTranslator.source(Util.fixNull(name).trim()));
                return FormValidation.ok("Site '" + Util.fixNull(name).trim() + "' is complete");
            } catch (ConfigurationException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        /** Runs one of the engine's own validations so the form shows the engine's message. */
        private static FormValidation engineCheck(Runnable validation) {
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return FormValidation.ok();
            }
            try {
                validation.run();
                return FormValidation.ok();
            } catch (IllegalArgumentException | ConfigurationException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
