package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Lync Online hosting provider a hybrid needs (domain.md §2.3). Found by ProxyFqdn, never by Identity,
 * since the documented Identity varies (LyncOnline, SkypeforBusinessOnline, Office365).
 */
final class HostingProviderRequirement {
    static final List<String> DOCUMENTED_IDENTITIES = List.of("LyncOnline", "SkypeforBusinessOnline", "Office365");

    private final Cloud cloud;

    HostingProviderRequirement(Cloud cloud) {
        this.cloud = cloud;
    }

    /** Property → the value Set-/New-CsHostingProvider takes, in PowerShell syntax. */
    Map<String, String> settableValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Enabled", "$true");
        values.put("EnabledSharedAddressSpace", "$true");
        values.put("HostsOCSUsers", "$true");
        values.put("VerificationLevel", "UseSourceVerification");
        values.put("IsLocal", "$false");
        values.put("AutodiscoverUrl", cloud.autodiscoverUrl().toString());
        return values;
    }

    Optional<PsObject> find(List<PsObject> providers) {
        return providers.stream()
                .filter(p -> Names.same(p.text("ProxyFqdn").orElse(null), cloud.hostingProviderFqdn()))
                .findFirst();
    }

    /** Each required property the provider lacks → "actual (needs expected)". */
    Map<String, String> wrongValues(PsObject provider) {
        Map<String, String> wrong = new LinkedHashMap<>();
        flag(provider, "Enabled", true, wrong);
        flag(provider, "EnabledSharedAddressSpace", true, wrong);
        flag(provider, "HostsOCSUsers", true, wrong);
        flag(provider, "IsLocal", false, wrong);
        String verification = provider.text("VerificationLevel").orElse(null);
        if (!"UseSourceVerification".equals(verification)) {
            wrong.put("VerificationLevel", verification + " (needs UseSourceVerification)");
        }
        String autodiscover = provider.text("AutodiscoverUrl").orElse(null);
        if (!acceptedAutodiscover(autodiscover)) {
            wrong.put("AutodiscoverUrl", autodiscover + " (needs " + cloud.autodiscoverUrl() + ")");
        }
        return wrong;
    }

    private static void flag(PsObject provider, String property, boolean expected, Map<String, String> wrong) {
        Optional<Boolean> actual = provider.flag(property);
        if (actual.isEmpty() || actual.get() != expected) {
            wrong.put(property, actual.orElse(null) + " (needs " + expected + ")");
        }
    }

    /** The cloud's URL, or a tenant-specific webdirXX host of the same cloud (as HybridHealthChecker accepts). */
    private boolean acceptedAutodiscover(String value) {
        if (value == null) {
            return false;
        }
        URI expected = cloud.autodiscoverUrl();
        URI actual = URI.create(value);
        String suffix = expected.getHost().substring(expected.getHost().indexOf('.'));
        return "https".equalsIgnoreCase(actual.getScheme())
                && actual.getHost() != null
                && actual.getHost()
                        .toLowerCase(java.util.Locale.ROOT)
                        .matches("webdir[a-z0-9]*" + Pattern.quote(suffix))
                && expected.getPath().equalsIgnoreCase(actual.getPath());
    }

    String newCommand(String identity) {
        return "New-CsHostingProvider -Identity " + identity + " -ProxyFqdn " + cloud.hostingProviderFqdn() + " "
                + parameters(settableValues());
    }

    String setCommand(String identity, java.util.Collection<String> wrongProperties) {
        Map<String, String> values = new LinkedHashMap<>(settableValues());
        values.keySet().retainAll(wrongProperties);
        return "Set-CsHostingProvider -Identity " + identity + " " + parameters(values);
    }

    private static String parameters(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> "-" + e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
