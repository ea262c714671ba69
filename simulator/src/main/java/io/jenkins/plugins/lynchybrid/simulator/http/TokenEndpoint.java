package io.jenkins.plugins.lynchybrid.simulator.http;

import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.SignIns;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /{tenant}/oauth2/v2.0/token}: the password, refresh token, SAML bearer and client credentials
 * grants, answering with Entra's token and error shapes. A password is compared and forgotten, never echoed.
 */
final class TokenEndpoint {
    static final String SUFFIX = "/oauth2/v2.0/token";
    static final String SAML11_GRANT = "urn:ietf:params:oauth:grant-type:saml1_1-bearer";
    static final String SAML2_GRANT = "urn:ietf:params:oauth:grant-type:saml2-bearer";
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final World world;
    private final TokenAuthority authority;

    TokenEndpoint(World world, TokenAuthority authority) {
        this.world = world;
        this.authority = authority;
    }

    Reply token(String tenant, Map<String, String> form) {
        if (!knownTenant(tenant)) {
            return OAuthError.of(
                    400,
                    "invalid_request",
                    90002,
                    "Tenant '" + tenant + "' not found. Check to make sure you have the correct tenant ID.");
        }
        String grant = form.getOrDefault("grant_type", "");
        String scope = form.getOrDefault("scope", "");
        return switch (grant) {
            case "password" -> password(form, scope);
            case "refresh_token" -> refresh(form, scope);
            case SAML11_GRANT, SAML2_GRANT -> saml(form, scope);
            case "client_credentials" -> clientCredentials(form, scope);
            default ->
                OAuthError.of(
                        400,
                        "unsupported_grant_type",
                        70003,
                        "The app requested an unsupported grant type '" + grant + "'.");
        };
    }

    private boolean knownTenant(String tenant) {
        return world.read(
                w -> w.tenantId().equalsIgnoreCase(tenant) || w.domains().containsKey(tenant.toLowerCase(Locale.ROOT)));
    }

    private Optional<Reply> unknownPublicClient(Map<String, String> form) {
        String clientId = form.getOrDefault("client_id", "");
        return World.PUBLIC_CLIENT_ID.equals(clientId)
                ? Optional.empty()
                : Optional.of(OAuthError.of(
                        400,
                        "unauthorized_client",
                        700016,
                        "Application with identifier '" + clientId + "' was not found in the directory 'Contoso'."));
    }

    private Reply password(Map<String, String> form, String scope) {
        Optional<Reply> refused = unknownPublicClient(form);
        if (refused.isPresent()) {
            return refused.get();
        }
        String username = form.getOrDefault("username", "");
        char[] password = form.getOrDefault("password", "").toCharArray();
        boolean valid = World.ADMIN_USERNAME.equalsIgnoreCase(username) && world.adminPasswordMatches(password);
        java.util.Arrays.fill(password, '\0');
        world.signIns().attempted(SignIns.Channel.TOKEN_PASSWORD, valid);
        if (!valid) {
            return OAuthError.invalidGrant(50126, "Error validating credentials due to invalid username or password.");
        }
        String upn = World.ADMIN_USERNAME;
        return Reply.json(
                200,
                authority.userTokens(
                        new TokenAuthority.Subject(upn, TokenAuthority.objectIdOf(upn), World.PUBLIC_CLIENT_ID),
                        scope));
    }

    private Reply refresh(Map<String, String> form, String scope) {
        return authority
                .subjectOfRefreshToken(form.get("refresh_token"))
                .filter(s -> s.clientId().equals(form.get("client_id")))
                .map(s -> Reply.json(200, authority.userTokens(s, scope)))
                .orElseGet(() -> OAuthError.invalidGrant(
                        9002313, "Invalid request. Request is malformed or invalid: the refresh token is unknown."));
    }

    private Reply saml(Map<String, String> form, String scope) {
        Optional<Reply> refused = unknownPublicClient(form);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<SamlAssertion> parsed = decodeAssertion(form.getOrDefault("assertion", ""));
        if (parsed.isEmpty()) {
            return OAuthError.invalidGrant(50008, "SAML token is invalid.");
        }
        SamlAssertion assertion = parsed.get();
        String upn = assertion.userPrincipalName();
        String domain = upn.substring(upn.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return world.read(w -> {
            Map<String, Object> fed = w.federationConfigurations().get(domain);
            if (fed == null || !Objects.equals(fed.get("issuerUri"), assertion.issuer())) {
                return OAuthError.invalidGrant(
                        50107, "The requested federation realm object '" + assertion.issuer() + "' does not exist.");
            }
            Optional<X509Certificate> signer = List.of("signingCertificate", "nextSigningCertificate").stream()
                    .map(fed::get)
                    .map(SamlAssertion::certificate)
                    .flatMap(Optional::stream)
                    .filter(assertion::signedBy)
                    .findFirst();
            if (signer.isEmpty()) {
                return OAuthError.invalidGrant(
                        50008, "SAML token is invalid: its signature does not match the federation's certificate.");
            }
            Instant now = Instant.now();
            if (signer.get().getNotAfter().toInstant().isBefore(now)
                    || assertion.notOnOrAfter().isBefore(now)) {
                return OAuthError.invalidGrant(
                        50008, "SAML token is invalid: the token or its signing certificate expired.");
            }
            Optional<OnPremUser> user = w.user(upn);
            if (user.isEmpty()) {
                return OAuthError.invalidGrant(50034, "The user account does not exist in the 'Contoso' directory.");
            }
            return Reply.json(
                    200,
                    authority.userTokens(
                            new TokenAuthority.Subject(upn, user.get().objectId(), World.PUBLIC_CLIENT_ID), scope));
        });
    }

    private static Optional<SamlAssertion> decodeAssertion(String encoded) {
        try {
            String standard = encoded.replace('-', '+').replace('_', '/');
            byte[] xml = Base64.getMimeDecoder().decode(standard);
            return SamlAssertion.parse(new String(xml, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Reply clientCredentials(Map<String, String> form, String scope) {
        String clientId = form.getOrDefault("client_id", "");
        if (!World.APP_CLIENT_ID.equals(clientId)) {
            return OAuthError.of(
                    400,
                    "unauthorized_client",
                    700016,
                    "Application with identifier '" + clientId + "' was not found in the directory 'Contoso'.");
        }
        List<String> resources = resourceScopes(scope);
        if (resources.isEmpty() || !resources.stream().allMatch(s -> s.endsWith("/.default"))) {
            return OAuthError.of(
                    400,
                    "invalid_scope",
                    1002012,
                    "The provided value for scope " + scope + " is not valid. Client credential flows must have a"
                            + " scope value with /.default suffixed to the resource identifier.");
        }
        String secret = form.get("client_secret");
        String assertion = form.get("client_assertion");
        if (secret != null) {
            if (!world.read(World::appClientSecret).equals(secret)) {
                return OAuthError.invalidClient(
                        7000215,
                        "Invalid client secret provided. Ensure the secret being sent in the request is the client"
                                + " secret value, not the client secret ID.");
            }
        } else if (assertion != null && JWT_BEARER.equals(form.get("client_assertion_type"))) {
            if (!validAssertion(assertion, clientId)) {
                return OAuthError.invalidClient(700027, "Client assertion failed signature validation.");
            }
        } else {
            return OAuthError.invalidClient(
                    7000218,
                    "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
        }
        return Reply.json(200, authority.appTokens(clientId, String.join(" ", resources)));
    }

    /** MSAL adds the OpenID scopes to every request; an app-only token is for the resource scopes alone. */
    private static List<String> resourceScopes(String scope) {
        return java.util.Arrays.stream(scope.trim().split("\\s+"))
                .filter(s -> !List.of("openid", "profile", "offline_access").contains(s))
                .toList();
    }

    private boolean validAssertion(String assertion, String clientId) {
        return Jwt.verify(
                        assertion,
                        world.read(w -> w.appCertificate().certificate().getPublicKey()))
                .filter(c -> clientId.equals(c.get("iss")) && clientId.equals(c.get("sub")))
                .filter(c -> String.valueOf(c.get("aud")).endsWith(SUFFIX))
                .filter(c -> c.get("exp") instanceof Number exp
                        && exp.longValue() > Instant.now().getEpochSecond())
                .isPresent();
    }
}
