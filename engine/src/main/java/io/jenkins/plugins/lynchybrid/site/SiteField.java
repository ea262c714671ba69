package io.jenkins.plugins.lynchybrid.site;

import java.util.List;
import java.util.Optional;

/**
 * One field a site file may hold, by its dotted name ({@code shell.hosts}), with the shape {@code site-check}
 * expects of it. docs/site-file.md says what each one means; SiteFileReferenceTest keeps the two in step.
 */
public record SiteField(String name, Shape shape, boolean required) {

    /** What a field's value must look like. */
    public enum Shape {
        TEXT("text"),
        TEXT_LIST("array of text"),
        HOST_PORT("host:port"),
        URL("absolute URL"),
        URL_OR_FROM_TENANT("absolute URL, or " + HostedMigrationOverride.KEYWORD),
        WHOLE_NUMBER("whole number"),
        SERVER_VERSION("lync2013, sfb2015 or sfb2019"),
        CLOUD("worldwide, gcc-high, dod, china, or an object"),
        FILE("file path (relative to the site file)"),
        BOOLEAN("true or false"),
        OBJECT("object");

        private final String description;

        Shape(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Every field, in the order the reference lists them. */
    public static final List<SiteField> ALL = List.of(
            optional("name", Shape.TEXT),
            required("sipDomains", Shape.TEXT_LIST),
            required("tenant", Shape.TEXT),
            required("poolFqdn", Shape.TEXT),
            required("edgeAccessFqdn", Shape.TEXT),
            optional("edgeProbeAddress", Shape.HOST_PORT),
            optional("serverVersion", Shape.SERVER_VERSION),
            optional("cloud", Shape.CLOUD),
            optional("cloud.name", Shape.TEXT),
            optional("cloud.authorityHost", Shape.URL),
            optional("cloud.graphEndpoint", Shape.URL),
            optional("cloud.graphResource", Shape.URL),
            optional("cloud.hostingProviderFqdn", Shape.TEXT),
            optional("cloud.autodiscoverUrl", Shape.URL),
            optional("graphAllowedHosts", Shape.TEXT_LIST),
            required("publicClientId", Shape.TEXT),
            required("adminUsername", Shape.TEXT),
            optional("appRegistration", Shape.TEXT),
            optional("hostedMigrationOverrideUrl", Shape.URL_OR_FROM_TENANT),
            optional("trustStore", Shape.OBJECT),
            optional("trustStore.path", Shape.FILE),
            optional("trustStore.type", Shape.TEXT),
            optional("trustStore.password", Shape.TEXT),
            optional("federation", Shape.OBJECT),
            optional("federation.partnerDiscovery", Shape.BOOLEAN),
            optional("federation.globalFederationAccess", Shape.BOOLEAN),
            optional("dnsResolver", Shape.HOST_PORT),
            optional("proxy", Shape.URL),
            required("shell", Shape.OBJECT),
            required("shell.command", Shape.TEXT_LIST),
            optional("shell.hosts", Shape.WHOLE_NUMBER),
            optional("shell.commandTimeoutSeconds", Shape.WHOLE_NUMBER),
            optional("shell.remotePoolUrl", Shape.URL));

    public static Optional<SiteField> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The field's parent object ({@code shell} for {@code shell.hosts}), empty for a top-level field. */
    public Optional<String> parent() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(0, dot));
    }

    /** The name inside its parent object ({@code hosts} for {@code shell.hosts}). */
    public String key() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static SiteField required(String name, Shape shape) {
        return new SiteField(name, shape, true);
    }

    private static SiteField optional(String name, Shape shape) {
        return new SiteField(name, shape, false);
    }
}
