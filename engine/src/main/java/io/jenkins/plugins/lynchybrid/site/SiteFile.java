package io.jenkins.plugins.lynchybrid.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.ReadableFile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the site file: the JSON description of one hybrid that the CLI, the plugin's global
 * configuration and the simulator's {@code simulate} command share. Every error names the file and field.
 * Relative paths in a site file (the trust store, a shell command's {@code ./} or {@code ../} paths) are relative
 * to the site file's folder, so the same file works from any working directory. docs/site-file.md documents every
 * field; SiteFileReferenceTest fails when a field read here is missing there.
 */
public final class SiteFile {
    /** Comments are allowed, so an admin can say in the file why a value is what it is. */
    private static final ObjectMapper JSON = new ObjectMapper(
            JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build());

    private final String source;
    private final JsonNode root;
    private final Path folder;

    private SiteFile(String source, JsonNode root, Path folder) {
        this.source = source;
        this.root = root;
        this.folder = folder;
    }

    public static HybridSite read(Path file) {
        JsonNode root = readTree(file);
        return new SiteFile(file.toString(), root, folderOf(file)).toSite();
    }

    /** The file's JSON object, or an error in words: a missing file, a folder, broken JSON, not an object. */
    static JsonNode readTree(Path file) {
        ReadableFile.require(file, "site file " + file);
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw new ConfigurationException(
                    "site file " + file + " is not valid JSON: " + e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read site file " + file + ": " + ReadableFile.reason(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigurationException("site file " + file + " must hold one JSON object ({ ... })");
        }
        return root;
    }

    static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** A site given as text (the plugin's configuration): relative paths are relative to the working directory. */
    public static HybridSite parse(String json, String source) {
        try {
            return new SiteFile(source, JSON.readTree(json), Path.of("").toAbsolutePath()).toSite();
        } catch (IOException e) {
            throw new ConfigurationException("site " + source + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private HybridSite toSite() {
        try {
            JsonNode shell = required("shell");
            return new HybridSite(
                    text("name").orElse("site"),
                    strings(root.get("sipDomains"), "sipDomains"),
                    requiredText("tenant"),
                    requiredText("poolFqdn"),
                    requiredText("edgeAccessFqdn"),
                    text("edgeProbeAddress").map(v -> address(v, "edgeProbeAddress")),
                    ServerVersion.parse(text("serverVersion").orElse("lync2013")),
                    cloud(root.get("cloud")),
                    requiredText("publicClientId"),
                    requiredText("adminUsername"),
                    text("appRegistration"),
                    text("hostedMigrationOverrideUrl")
                            .map(v -> HostedMigrationOverride.parse(v, "hostedMigrationOverrideUrl")),
                    trustStore(root.get("trustStore")),
                    text("dnsResolver").map(v -> address(v, "dnsResolver")),
                    text("proxy").map(v -> uri(v, "proxy")),
                    new ShellSettings(
                            command(strings(shell.get("command"), "shell.command")),
                            shell.path("hosts").asInt(2),
                            Duration.ofSeconds(
                                    shell.path("commandTimeoutSeconds").asLong(300)),
                            shell.hasNonNull("remotePoolUrl")
                                    ? shell.get("remotePoolUrl").asText()
                                    : null),
                    federation(root.get("federation")));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("site file " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * The site's cloud: a name, or endpoints. An object that names a known cloud keeps that cloud's federation
     * names and Graph resource for whatever it does not override, so a national-cloud site behind a gateway
     * still federates with its own cloud and asks for its own Graph scope.
     */
    private Cloud cloud(JsonNode node) {
        if (node == null || node.isNull()) {
            return withAllowedHosts(Cloud.WORLDWIDE);
        }
        if (node.isTextual()) {
            return withAllowedHosts(Cloud.named(node.asText()));
        }
        String name = node.path("name").asText("custom");
        Cloud base = Cloud.known(name).orElse(Cloud.WORLDWIDE);
        URI graphEndpoint = node.hasNonNull("graphEndpoint")
                ? uri(node.get("graphEndpoint").asText(), "cloud.graphEndpoint")
                : base.graphEndpoint();
        String graphResource = node.hasNonNull("graphResource")
                ? uri(node.get("graphResource").asText(), "cloud.graphResource")
                        .toString()
                        .replaceAll("/+$", "")
                : Cloud.known(name).map(Cloud::graphResource).orElseGet(() -> Cloud.resourceOf(graphEndpoint));
        return new Cloud(
                name,
                node.hasNonNull("authorityHost")
                        ? uri(node.get("authorityHost").asText(), "cloud.authorityHost")
                        : base.authorityHost(),
                graphEndpoint,
                node.path("hostingProviderFqdn").asText(base.hostingProviderFqdn()),
                node.hasNonNull("autodiscoverUrl")
                        ? uri(node.get("autodiscoverUrl").asText(), "cloud.autodiscoverUrl")
                        : base.autodiscoverUrl(),
                graphResource,
                allowedHosts());
    }

    private Cloud withAllowedHosts(Cloud cloud) {
        return cloud.withGraph(cloud.graphResource(), allowedHosts());
    }

    /** graphAllowedHosts: host names an {@code @odata.nextLink} may lead to besides the Graph endpoint. */
    private List<String> allowedHosts() {
        JsonNode node = root.get("graphAllowedHosts");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("graphAllowedHosts must be an array of host names");
        }
        List<String> hosts = new ArrayList<>();
        node.forEach(
                v -> hosts.add(v.isTextual() ? v.asText().trim().toLowerCase(java.util.Locale.ROOT) : v.toString()));
        return hosts;
    }

    private static FederationChoice federation(JsonNode node) {
        if (node == null || node.isNull()) {
            return FederationChoice.UNSTATED;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("federation must be an object { ... }");
        }
        return new FederationChoice(flag(node, "partnerDiscovery"), flag(node, "globalFederationAccess"));
    }

    private static Optional<Boolean> flag(JsonNode parent, String key) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw new IllegalArgumentException("federation." + key + " must be true or false, not " + node);
        }
        return Optional.of(node.asBoolean());
    }

    private Optional<TrustStore> trustStore(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String path = node.path("path").asText("");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("trustStore.path is missing");
        }
        Path resolved =
                ReadableFile.require(folder.resolve(path).normalize(), fileLabel("trustStore.path", path, folder));
        return Optional.of(new TrustStore(
                resolved,
                node.path("type").asText("PKCS12"),
                node.path("password").asText("")));
    }

    /** Names a file field in errors: as given and, for a relative path, as resolved from the site file. */
    static String fileLabel(String field, String path, Path folder) {
        return field + " " + path
                + (Path.of(path).isAbsolute()
                        ? ""
                        : " (" + folder.resolve(path).normalize() + ", relative to the site file)");
    }

    /** Program names (powershell.exe) stay as given; {@code ./x} and {@code ../x} resolve from the site file. */
    private List<String> command(List<String> command) {
        return command.stream()
                .map(part -> part.startsWith("./")
                                || part.startsWith("../")
                                || part.startsWith(".\\")
                                || part.startsWith("..\\")
                        ? folder.resolve(part).normalize().toString()
                        : part)
                .toList();
    }

    private JsonNode required(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return node;
    }

    private String requiredText(String field) {
        return text(field).orElseThrow(() -> new IllegalArgumentException(field + " is missing or empty"));
    }

    private Optional<String> text(String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText());
    }

    private static List<String> strings(JsonNode node, String field) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException(field + " must be a non-empty array of strings");
        }
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }

    static URI uri(String value, String field) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException(field + " '" + value + "' is not an absolute URL");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a URL: " + e.getReason());
        }
    }

    static InetSocketAddress address(String value, String field) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(field + " '" + value + "' must be host:port");
        }
        try {
            return InetSocketAddress.createUnresolved(
                    value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + value + "' has no numeric port");
        }
    }

    /** Serialises a site in the same shape {@link #read} accepts. */
    public static String write(HybridSite site) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", site.name());
        ArrayNode domains = node.putArray("sipDomains");
        site.sipDomains().forEach(domains::add);
        node.put("tenant", site.tenant());
        node.put("poolFqdn", site.poolFqdn());
        node.put("edgeAccessFqdn", site.edgeAccessFqdn());
        site.edgeProbeAddress().ifPresent(a -> node.put("edgeProbeAddress", a.getHostString() + ":" + a.getPort()));
        node.put(
                "serverVersion",
                site.serverVersion().name().toLowerCase(java.util.Locale.ROOT).replace("_", ""));
        ObjectNode cloud = node.putObject("cloud");
        cloud.put("name", site.cloud().name());
        cloud.put("authorityHost", site.cloud().authorityHost().toString());
        cloud.put("graphEndpoint", site.cloud().graphEndpoint().toString());
        cloud.put("hostingProviderFqdn", site.cloud().hostingProviderFqdn());
        cloud.put("autodiscoverUrl", site.cloud().autodiscoverUrl().toString());
        cloud.put("graphResource", site.cloud().graphResource());
        if (!site.cloud().graphAllowedHosts().isEmpty()) {
            ArrayNode hosts = node.putArray("graphAllowedHosts");
            site.cloud().graphAllowedHosts().forEach(hosts::add);
        }
        node.put("publicClientId", site.publicClientId());
        node.put("adminUsername", site.adminUsername());
        site.appRegistration().ifPresent(a -> node.put("appRegistration", a));
        site.hostedMigrationOverrideUrl()
                .ifPresent(u -> node.put("hostedMigrationOverrideUrl", HostedMigrationOverride.spelled(u)));
        site.trustStore().ifPresent(t -> {
            ObjectNode ts = node.putObject("trustStore");
            ts.put("path", t.path().toString());
            ts.put("type", t.type());
            ts.put("password", t.password());
        });
        FederationChoice federation = site.federation();
        if (!federation.equals(FederationChoice.UNSTATED)) {
            ObjectNode choice = node.putObject("federation");
            federation.partnerDiscovery().ifPresent(v -> choice.put("partnerDiscovery", v));
            federation.globalFederationAccess().ifPresent(v -> choice.put("globalFederationAccess", v));
        }
        site.dnsResolver().ifPresent(a -> node.put("dnsResolver", a.getHostString() + ":" + a.getPort()));
        site.proxy().ifPresent(p -> node.put("proxy", p.toString()));
        ObjectNode shell = node.putObject("shell");
        ArrayNode command = shell.putArray("command");
        site.shell().command().forEach(command::add);
        shell.put("hosts", site.shell().hosts());
        shell.put("commandTimeoutSeconds", site.shell().commandTimeout().toSeconds());
        if (site.shell().remotePoolUrl() != null) {
            shell.put("remotePoolUrl", site.shell().remotePoolUrl());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
