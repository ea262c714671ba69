package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.Optional;

/**
 * A user as the on-premises Get-CsUser shows it (domain.md §4.5): {@code HostingProvider} is {@code SRV:} for an
 * on-premises home and the hosting provider's FQDN once online; {@code RegistrarPool} is empty when online.
 * {@code conferencingPolicy} is the per-user policy's name, empty when the site or Global policy applies.
 */
public record OnPremAccount(
        String sipAddress,
        Optional<String> userPrincipalName,
        boolean enabled,
        String hostingProvider,
        Optional<String> registrarPool,
        boolean enterpriseVoiceEnabled,
        Optional<String> conferencingPolicy,
        String distinguishedName) {

    static final String ON_PREMISES_LOCATOR = "SRV:";

    public static OnPremAccount of(PsObject user) {
        return new OnPremAccount(
                user.text("SipAddress").orElse(""),
                user.text("UserPrincipalName").filter(s -> !s.isBlank()),
                user.flag("Enabled").orElse(false),
                user.text("HostingProvider").orElse(ON_PREMISES_LOCATOR),
                user.text("RegistrarPool").filter(s -> !s.isBlank()),
                user.flag("EnterpriseVoiceEnabled").orElse(false),
                user.text("ConferencingPolicy").filter(s -> !s.isBlank()),
                user.text("DistinguishedName").or(() -> user.text("Identity")).orElse(""));
    }

    public Home home() {
        return ON_PREMISES_LOCATOR.equalsIgnoreCase(hostingProvider.strip()) ? Home.ON_PREMISES : Home.ONLINE;
    }

    /** Whether the account's distinguished name lies in {@code ou} or below it, compared as RFC 4514 names. */
    public boolean within(DistinguishedName ou) {
        return DistinguishedName.of(distinguishedName).filter(ou::contains).isPresent();
    }
}
