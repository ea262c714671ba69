package io.jenkins.plugins.lynchybrid.configure;

import java.util.List;
import java.util.Set;

/**
 * The Lync Online hosting provider the hybrid needs. It is found by {@code proxyFqdn}, which cannot be
 * changed in place: a provider under one of the documented Lync Online identities that points elsewhere is
 * removed and the right one created.
 *
 * @param identityForNew the Identity given when the provider has to be created
 * @param settings every mutable property, in the order New-CsHostingProvider lists them
 */
public record HostingProviderSpec(String identityForNew, String proxyFqdn, List<DesiredSetting> settings) {

    /** Identities Microsoft's documents give the Lync Online provider; any other provider is never touched. */
    public static final Set<String> DOCUMENTED_IDENTITIES = Set.of("lynconline", "skypeforbusinessonline", "office365");

    public HostingProviderSpec {
        settings = List.copyOf(settings);
    }
}
