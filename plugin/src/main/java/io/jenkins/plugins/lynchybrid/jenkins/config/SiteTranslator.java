package io.jenkins.plugins.lynchybrid.jenkins.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.util.Secret;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a site configured in Jenkins into the engine's {@link HybridSite}. It goes through the engine's site
 * file reader so that a site configured here and a site file given to the CLI are validated by the same rules
 * and fail with the same messages.
 */
public final class SiteTranslator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SiteTranslator() {}

    /**
     * @param adminUsername the tenant administrator's user name, taken from the site's credentials
     * @throws ConfigurationException naming the site and the field that is missing or malformed
     */
    public static HybridSite toHybridSite(LyncHybridSite site, String adminUsername) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", site.getName());
        ArrayNode domains = node.putArray("sipDomains");
        tokens(site.getSipDomains(), "[,\\s]+").forEach(domains::add);
        putIfSet(node, "tenant", site.getTenant());
        putIfSet(node, "poolFqdn", site.getPoolFqdn());
        putIfSet(node, "edgeAccessFqdn", site.getEdgeAccessFqdn());
        putIfSet(node, "edgeProbeAddress", site.getEdgeProbeAddress());
        putIfSet(node, "serverVersion", site.getServerVersion());
        putCloud(node, site);
        putIfSet(node, "publicClientId", site.getPublicClientId());
        putIfSet(node, "adminUsername", adminUsername);
        putIfSet(node, "appRegistration", site.getAppClientId());
        putIfSet(node, "hostedMigrationOverrideUrl", site.getHostedMigrationOverrideUrl());
        putIfSet(node, "dnsResolver", site.getDnsResolver());
        putIfSet(node, "proxy", site.getProxy());
        putTrustStore(node, site);
        ObjectNode shell = node.putObject("shell");
        ArrayNode command = shell.putArray("command");
        tokens(site.getShellCommand(), "\\R").forEach(command::add);
        shell.put("hosts", site.getShellHosts());
        shell.put("commandTimeoutSeconds", site.getShellCommandTimeoutSeconds());
        putIfSet(shell, "remotePoolUrl", site.getRemotePoolUrl());
        return SiteFile.parse(node.toString(), "'" + site.getName() + "' (Manage Jenkins > Lync hybrid sites)");
    }

    /** A named cloud stays a name; any explicit endpoint turns it into the engine's cloud object with overrides. */
    private static void putCloud(ObjectNode node, LyncHybridSite site) {
        boolean explicit = site.getAuthorityHost() != null
                || site.getGraphEndpoint() != null
                || site.getHostingProviderFqdn() != null
                || site.getAutodiscoverUrl() != null;
        if (!explicit) {
            putIfSet(node, "cloud", site.getCloud());
            return;
        }
        ObjectNode cloud = node.putObject("cloud");
        putIfSet(cloud, "name", site.getCloud() == null ? "custom" : site.getCloud());
        putIfSet(cloud, "authorityHost", site.getAuthorityHost());
        putIfSet(cloud, "graphEndpoint", site.getGraphEndpoint());
        putIfSet(cloud, "hostingProviderFqdn", site.getHostingProviderFqdn());
        putIfSet(cloud, "autodiscoverUrl", site.getAutodiscoverUrl());
    }

    private static void putTrustStore(ObjectNode node, LyncHybridSite site) {
        if (site.getTrustStore() == null) {
            return;
        }
        ObjectNode store = node.putObject("trustStore");
        store.put("path", site.getTrustStore());
        store.put("type", "PKCS12");
        store.put("password", Secret.toString(site.getTrustStorePassword()));
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static List<String> tokens(String text, String separator) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(separator))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
