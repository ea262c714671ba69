package io.jenkins.plugins.lynchybrid.jenkins.config;

import hudson.util.Secret;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.SiteForm;
import io.jenkins.plugins.lynchybrid.site.SiteForm.Field;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns a site configured in Jenkins into the engine's {@link HybridSite}: its fields as the engine's
 * {@link SiteForm} takes them, which reads them with the site file's rules, so a site configured here and a site
 * file given to the CLI fail with the same messages.
 */
public final class SiteTranslator {

    private SiteTranslator() {}

    /**
     * @param adminUsername the tenant administrator's user name, taken from the site's credentials
     * @throws ConfigurationException naming the site and the field that is missing or malformed
     */
    public static HybridSite toHybridSite(LyncHybridSite site, String adminUsername) {
        Map<Field, String> form = new EnumMap<>(Field.class);
        form.put(Field.NAME, site.getName());
        form.put(Field.SIP_DOMAINS, site.getSipDomains());
        form.put(Field.TENANT, site.getTenant());
        form.put(Field.POOL_FQDN, site.getPoolFqdn());
        form.put(Field.EDGE_ACCESS_FQDN, site.getEdgeAccessFqdn());
        form.put(Field.EDGE_PROBE_ADDRESS, site.getEdgeProbeAddress());
        form.put(Field.SERVER_VERSION, site.getServerVersion());
        form.put(Field.CLOUD, site.getCloud());
        form.put(Field.AUTHORITY_HOST, site.getAuthorityHost());
        form.put(Field.GRAPH_ENDPOINT, site.getGraphEndpoint());
        form.put(Field.HOSTING_PROVIDER_FQDN, site.getHostingProviderFqdn());
        form.put(Field.AUTODISCOVER_URL, site.getAutodiscoverUrl());
        form.put(Field.PUBLIC_CLIENT_ID, site.getPublicClientId());
        form.put(Field.ADMIN_USERNAME, adminUsername);
        form.put(Field.APP_CLIENT_ID, site.getAppClientId());
        form.put(Field.HOSTED_MIGRATION_OVERRIDE_URL, site.getHostedMigrationOverrideUrl());
        form.put(Field.DNS_RESOLVER, site.getDnsResolver());
        form.put(Field.PROXY, site.getProxy());
        form.put(Field.TRUST_STORE, site.getTrustStore());
        form.put(Field.TRUST_STORE_PASSWORD, Secret.toString(site.getTrustStorePassword()));
        form.put(Field.SHELL_COMMAND, site.getShellCommand());
        form.put(Field.SHELL_HOSTS, String.valueOf(site.getShellHosts()));
        form.put(Field.SHELL_COMMAND_TIMEOUT_SECONDS, String.valueOf(site.getShellCommandTimeoutSeconds()));
        form.put(Field.REMOTE_POOL_URL, site.getRemotePoolUrl());
        return SiteForm.read(form, source(site.getName()));
    }

    /** How messages name a site configured in Jenkins. */
    static String source(String name) {
        return "'" + name + "' (Manage Jenkins > Lync hybrid sites)";
    }
}
