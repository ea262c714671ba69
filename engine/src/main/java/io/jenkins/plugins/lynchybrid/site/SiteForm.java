package io.jenkins.plugins.lynchybrid.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site as a form gives it (the Jenkins plugin's site configuration): one text per field, blank meaning not
 * given. It becomes the site file's JSON and is read by {@link SiteFile}, so a site typed into a form and a site
 * file given to the CLI are checked by the same rules and fail with the same messages.
 */
public final class SiteForm {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The form's fields. Lists are typed one item per line (the shell command) or separated by commas or spaces. */
    public enum Field {
        NAME("name"),
        SIP_DOMAINS("SIP domains"),
        TENANT("tenant"),
        POOL_FQDN("pool FQDN"),
        EDGE_ACCESS_FQDN("Access Edge FQDN"),
        EDGE_PROBE_ADDRESS("Edge probe address"),
        SERVER_VERSION("server version"),
        CLOUD("cloud"),
        AUTHORITY_HOST("authority host"),
        GRAPH_ENDPOINT("Graph endpoint"),
        HOSTING_PROVIDER_FQDN("hosting provider FQDN"),
        AUTODISCOVER_URL("autodiscover URL"),
        PUBLIC_CLIENT_ID("public client ID"),
        ADMIN_USERNAME("tenant administrator"),
        APP_CLIENT_ID("app client ID"),
        HOSTED_MIGRATION_OVERRIDE_URL("hosted migration override URL"),
        DNS_RESOLVER("DNS resolver"),
        PROXY("proxy"),
        TRUST_STORE("trust store"),
        TRUST_STORE_PASSWORD("trust store password"),
        SHELL_COMMAND("shell host command"),
        SHELL_HOSTS("shell hosts"),
        SHELL_COMMAND_TIMEOUT_SECONDS("shell command timeout"),
        REMOTE_POOL_URL("remote pool URL");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        /** The field as a message names it. */
        public String label() {
            return label;
        }
    }

    private final Map<Field, String> fields;
    private final String source;

    private SiteForm(Map<Field, String> fields, String source) {
        this.fields = fields;
        this.source = source;
    }

    /**
     * @param fields the form's texts; a missing or blank one is not given
     * @param source names the site in messages, e.g. {@code 'contoso' (Manage Jenkins > Lync hybrid sites)}
     * @throws ConfigurationException naming the site and the field that is missing or malformed
     */
    public static HybridSite read(Map<Field, String> fields, String source) {
        return new SiteForm(fields, source).toHybridSite();
    }

    /**
     * A whole-number field's value; empty when the field is blank.
     *
     * @throws ConfigurationException naming the field when the text is not a whole number
     */
    public static Optional<Long> number(Field field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new ConfigurationException(field.label() + " '" + value + "' is not a whole number", e);
        }
    }

    private HybridSite toHybridSite() {
        ObjectNode node = JSON.createObjectNode();
        putIfSet(node, "name", Field.NAME);
        ArrayNode domains = node.putArray("sipDomains");
        tokens(Field.SIP_DOMAINS, "[,\\s]+").forEach(domains::add);
        putIfSet(node, "tenant", Field.TENANT);
        putIfSet(node, "poolFqdn", Field.POOL_FQDN);
        putIfSet(node, "edgeAccessFqdn", Field.EDGE_ACCESS_FQDN);
        putIfSet(node, "edgeProbeAddress", Field.EDGE_PROBE_ADDRESS);
        putIfSet(node, "serverVersion", Field.SERVER_VERSION);
        putCloud(node);
        putIfSet(node, "publicClientId", Field.PUBLIC_CLIENT_ID);
        putIfSet(node, "adminUsername", Field.ADMIN_USERNAME);
        putIfSet(node, "appRegistration", Field.APP_CLIENT_ID);
        putIfSet(node, "hostedMigrationOverrideUrl", Field.HOSTED_MIGRATION_OVERRIDE_URL);
        putIfSet(node, "dnsResolver", Field.DNS_RESOLVER);
        putIfSet(node, "proxy", Field.PROXY);
        putTrustStore(node);
        ObjectNode shell = node.putObject("shell");
        ArrayNode command = shell.putArray("command");
        tokens(Field.SHELL_COMMAND, "\\R").forEach(command::add);
        try {
            number(Field.SHELL_HOSTS, fields.get(Field.SHELL_HOSTS)).ifPresent(n -> shell.put("hosts", n));
            number(Field.SHELL_COMMAND_TIMEOUT_SECONDS, fields.get(Field.SHELL_COMMAND_TIMEOUT_SECONDS))
                    .ifPresent(n -> shell.put("commandTimeoutSeconds", n));
        } catch (ConfigurationException e) {
            throw new ConfigurationException("site " + source + ": " + e.getMessage(), e);
        }
        putIfSet(shell, "remotePoolUrl", Field.REMOTE_POOL_URL);
        return SiteFile.parse(node.toString(), source);
    }

    /** A named cloud stays a name; any explicit endpoint turns it into the site file's cloud object. */
    private void putCloud(ObjectNode node) {
        List<Field> endpoints = List.of(
                Field.AUTHORITY_HOST, Field.GRAPH_ENDPOINT, Field.HOSTING_PROVIDER_FQDN, Field.AUTODISCOVER_URL);
        if (endpoints.stream().allMatch(f -> text(f).isEmpty())) {
            putIfSet(node, "cloud", Field.CLOUD);
            return;
        }
        ObjectNode cloud = node.putObject("cloud");
        cloud.put("name", text(Field.CLOUD).orElse("custom"));
        putIfSet(cloud, "authorityHost", Field.AUTHORITY_HOST);
        putIfSet(cloud, "graphEndpoint", Field.GRAPH_ENDPOINT);
        putIfSet(cloud, "hostingProviderFqdn", Field.HOSTING_PROVIDER_FQDN);
        putIfSet(cloud, "autodiscoverUrl", Field.AUTODISCOVER_URL);
    }

    private void putTrustStore(ObjectNode node) {
        Optional<String> path = text(Field.TRUST_STORE);
        if (path.isEmpty()) {
            return;
        }
        ObjectNode store = node.putObject("trustStore");
        store.put("path", path.get());
        store.put("type", "PKCS12");
        store.put(
                "password",
                Optional.ofNullable(fields.get(Field.TRUST_STORE_PASSWORD)).orElse(""));
    }

    private void putIfSet(ObjectNode node, String name, Field field) {
        text(field).ifPresent(value -> node.put(name, value));
    }

    private Optional<String> text(Field field) {
        return Optional.ofNullable(fields.get(field)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private List<String> tokens(Field field, String separator) {
        return text(field).stream()
                .flatMap(t -> Arrays.stream(t.split(separator)))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
