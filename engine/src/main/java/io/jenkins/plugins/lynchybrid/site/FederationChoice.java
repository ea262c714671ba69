package io.jenkins.plugins.lynchybrid.site;

import java.util.Optional;

/**
 * What the site chooses about federation, where Microsoft leaves the choice to it. Unstated, readiness and
 * configure take either value as the site has it; stated, both hold the site to it.
 *
 * @param partnerDiscovery the Access Edge's EnablePartnerDiscovery: {@code true} is open federation, which
 *     plan-hybrid-connectivity pairs with open federation online; {@code false} is closed federation, with the same
 *     allowed-domain list on both sides
 * @param globalFederationAccess EnableFederationAccess of the Global external access policy: whether every
 *     on-premises user without a more specific policy may federate. No hybrid page requires it.
 */
public record FederationChoice(Optional<Boolean> partnerDiscovery, Optional<Boolean> globalFederationAccess) {
    public static final FederationChoice UNSTATED = new FederationChoice(Optional.empty(), Optional.empty());
}
