package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.Locale;
import java.util.Optional;

/**
 * A user as the on-premises Get-CsUser shows it (domain.md §4.5), read only from properties the cmdlet contract
 * allows (docs/cmdlet-contract.md): {@code HostingProvider} is {@code SRV:} for an on-premises home and the hosting
 * provider's FQDN once online (kept with its reason: two pages document it as the user property saying where the
 * user is homed); {@code RegistrarPool} is empty when online. Get-CsUser's UserPrincipalName and
 * DistinguishedName are on no page, so they are not read. {@code enabled} is Set-CsUser's -Enabled, true unless
 * the object says False. {@code conferencingPolicy} is the per-user policy's name, empty when the site or Global
 * policy applies.
 */
public record OnPremAccount(
        String sipAddress,
        boolean enabled,
        Optional<String> hostingProvider,
        Optional<String> registrarPool,
        boolean enterpriseVoiceEnabled,
        Optional<String> conferencingPolicy) {

    static final String ON_PREMISES_LOCATOR = "SRV:";

    public static OnPremAccount of(PsObject user) {
        return new OnPremAccount(
                user.text("SipAddress").orElse(""),
                user.flag("Enabled").orElse(true),
                user.text("HostingProvider").filter(s -> !s.isBlank()),
                user.text("RegistrarPool").filter(s -> !s.isBlank()),
                user.flag("EnterpriseVoiceEnabled").orElse(false),
                user.text("ConferencingPolicy").filter(s -> !s.isBlank()));
    }

    /** A SIP address or identity as a key: lower case, without {@code sip:}, so "sip:A@x" and "a@x" are one user. */
    public static String sipKey(String identity) {
        String lower = identity.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("sip:") ? lower.substring(4) : lower;
    }

    /** HostingProvider when the object has it; else the documented RegistrarPool: a pool means on-premises. */
    public Home home() {
        return hostingProvider
                .map(h -> ON_PREMISES_LOCATOR.equalsIgnoreCase(h.strip()) ? Home.ON_PREMISES : Home.ONLINE)
                .orElse(registrarPool.isPresent() ? Home.ON_PREMISES : Home.ONLINE);
    }

    /** Where the user is homed, in Get-CsUser's own words, for evidence. */
    public String whereHomed() {
        return hostingProvider
                .map(h -> "HostingProvider " + h)
                .orElseGet(() -> "RegistrarPool " + registrarPool.orElse("(none)"));
    }
}
