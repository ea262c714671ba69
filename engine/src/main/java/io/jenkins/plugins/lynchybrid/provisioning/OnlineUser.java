package io.jenkins.plugins.lynchybrid.provisioning;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.List;
import java.util.Optional;

/**
 * What Get-CsOnlineUser says about one user (teams/teams-ps/MicrosoftTeams/Get-CsOnlineUser.md): only documented
 * properties (docs/cmdlet-contract.md, "Get-CsOnlineUser reads").
 *
 * @param onPremHostingProvider the on-premises deployment locator as the tenant received it through directory
 *     sync; empty while the msRTCSIP attributes have not reached the tenant (the page's filter
 *     {@code OnPremHostingProvider -ne $null})
 * @param validationErrors UserValidationErrors ("MCOValidationErrors renamed to UserValidationErrors"), as text
 */
public record OnlineUser(
        String userPrincipalName,
        Optional<String> interpretedUserType,
        Optional<String> onPremHostingProvider,
        List<String> validationErrors) {
    public OnlineUser {
        validationErrors = List.copyOf(validationErrors);
    }

    public static OnlineUser of(PsObject o) {
        return new OnlineUser(
                o.text("UserPrincipalName").orElse(""),
                o.text("InterpretedUserType").filter(t -> !t.isBlank()),
                o.text("OnPremHostingProvider").filter(t -> !t.isBlank()),
                o.texts("UserValidationErrors").stream()
                        .filter(t -> !t.isBlank())
                        .toList());
    }
}
