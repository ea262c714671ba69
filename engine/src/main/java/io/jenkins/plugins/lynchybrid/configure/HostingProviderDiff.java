package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plans the Lync Online hosting provider. Found by ProxyFqdn, never by Identity; a provider under a
 * documented Lync Online identity pointing at another ProxyFqdn is removed (ProxyFqdn is immutable), and any
 * other provider, such as Exchange Online's, is left alone.
 */
final class HostingProviderDiff {
    private HostingProviderDiff() {}

    static List<Change> changes(HostingProviderSpec spec, List<PsObject> providers) {
        List<Change> changes = new ArrayList<>();
        providers.stream()
                .filter(p -> isStale(spec, p))
                .map(HostingProviderDiff::removal)
                .forEach(changes::add);
        Optional<PsObject> existing =
                providers.stream().filter(p -> pointsAt(spec, p)).findFirst();
        if (existing.isPresent()) {
            String identity = identity(existing.get());
            changes.addAll(SettingsDiff.changes(
                    Resource.HOSTING_PROVIDER,
                    identity,
                    spec.settings(),
                    existing.get(),
                    (parameter, value) -> Calls.setHostingProvider(identity, parameter, value)));
        } else {
            changes.add(creation(spec));
        }
        return changes;
    }

    private static boolean pointsAt(HostingProviderSpec spec, PsObject provider) {
        return provider.text("ProxyFqdn")
                .filter(spec.proxyFqdn()::equalsIgnoreCase)
                .isPresent();
    }

    private static boolean isStale(HostingProviderSpec spec, PsObject provider) {
        return !pointsAt(spec, provider)
                && HostingProviderSpec.DOCUMENTED_IDENTITIES.contains(
                        identity(provider).toLowerCase(Locale.ROOT));
    }

    private static String identity(PsObject provider) {
        return provider.text("Identity").orElse("");
    }

    private static Change removal(PsObject provider) {
        String identity = identity(provider);
        return new Change(
                Resource.HOSTING_PROVIDER,
                identity,
                Change.Action.REMOVE,
                "ProxyFqdn",
                provider.text("ProxyFqdn").orElse(null),
                null,
                Calls.removeHostingProvider(identity));
    }

    private static Change creation(HostingProviderSpec spec) {
        Map<String, Object> settings = new LinkedHashMap<>();
        spec.settings().forEach(s -> settings.put(s.parameter(), s.argument()));
        return new Change(
                Resource.HOSTING_PROVIDER,
                spec.identityForNew(),
                Change.Action.CREATE,
                "ProxyFqdn",
                null,
                spec.proxyFqdn(),
                Calls.newHostingProvider(spec.identityForNew(), spec.proxyFqdn(), settings));
    }
}
