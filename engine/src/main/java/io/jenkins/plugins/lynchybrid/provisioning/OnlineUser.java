package io.jenkins.plugins.lynchybrid.provisioning;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.List;
import java.util.Optional;

/**
 * What Get-CsOnlineUser says about one user (teams/teams-ps/MicrosoftTeams/Get-CsOnlineUser.md): only documented
 * properties (docs/cmdlet-contract.md, "Get-CsOnlineUser reads"), read before a move (provisioning) and after it
 * (verify).
 *
 * @param accountEnabled AccountEnabled, one of the properties the page says are always present
 *
 * @param onPremHostingProvider the on-premises deployment locator as the tenant received it through directory
 *     sync; empty while the msRTCSIP attributes have not reached the tenant (the page's filter
 *     {@code OnPremHostingProvider -ne $null})
 * @param validationErrors UserValidationErrors ("MCOValidationErrors renamed to UserValidationErrors"), as text
 * @param teamsUpgradeEffectiveMode the effective coexistence mode; not on the cmdlet's page but on Microsoft's
 *     coexistence article (Teams/coexistence-chat-calls-presence.md: "looking at TeamsUpgradeEffectiveMode property
 *     on ... the user"), kept in the contract with that reason; empty when the object does not carry it
 */
public record OnlineUser(
        String userPrincipalName,
        boolean accountEnabled,
        Optional<String> interpretedUserType,
        Optional<String> onPremHostingProvider,
        List<String> validationErrors,
        Optional<String> teamsUpgradeEffectiveMode) {
    private static final String TEAMS_ONLY = "TeamsOnly";

    public OnlineUser {
        validationErrors = List.copyOf(validationErrors);
    }

    public static OnlineUser of(PsObject o) {
        return new OnlineUser(
                o.text("UserPrincipalName").orElse(""),
                o.flag("AccountEnabled").orElse(true),
                o.text("InterpretedUserType").filter(t -> !t.isBlank()),
                o.text("OnPremHostingProvider").filter(t -> !t.isBlank()),
                o.texts("UserValidationErrors").stream()
                        .filter(t -> !t.isBlank())
                        .toList(),
                o.text("TeamsUpgradeEffectiveMode").filter(m -> !m.isBlank()));
    }

    /** Homed in the cloud: Microsoft's coexistence article says such users are always TeamsOnly. */
    public boolean teamsOnly() {
        return teamsUpgradeEffectiveMode.map(TEAMS_ONLY::equalsIgnoreCase).orElse(false);
    }
}
