package io.jenkins.plugins.lynchybrid.verify;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.List;
import java.util.Optional;

/**
 * A moved user's online account as Get-CsOnlineUser shows it. AccountEnabled and UserValidationErrors are on the
 * cmdlet's page; TeamsUpgradeEffectiveMode is on Microsoft's coexistence article (Teams/coexistence-chat-calls-presence
 * .md: "looking at TeamsUpgradeEffectiveMode property on ... the user"), kept in the contract with that reason.
 *
 * @param mode the effective coexistence mode; empty when the object does not carry it
 */
record CloudAccount(boolean enabled, Optional<String> mode, List<String> validationErrors) {
    static final String TEAMS_ONLY = "TeamsOnly";

    static CloudAccount of(PsObject user) {
        return new CloudAccount(
                user.flag("AccountEnabled").orElse(true),
                user.text("TeamsUpgradeEffectiveMode").filter(m -> !m.isBlank()),
                user.texts("UserValidationErrors"));
    }

    boolean teamsOnly() {
        return mode.map(TEAMS_ONLY::equalsIgnoreCase).orElse(false);
    }
}
