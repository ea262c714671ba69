package io.jenkins.plugins.lynchybrid.graph;

import java.util.Optional;

/** Graph's internalDomainFederation: what Entra ID believes about the domain's AD FS. */
public record FederationConfiguration(
        String issuerUri,
        String metadataExchangeUri,
        String passiveSignInUri,
        String activeSignInUri,
        String signingCertificate,
        Optional<String> nextSigningCertificate,
        String preferredAuthenticationProtocol) {}
