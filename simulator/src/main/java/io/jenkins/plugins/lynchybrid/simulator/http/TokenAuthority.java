package io.jenkins.plugins.lynchybrid.simulator.http;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Entra ID's token issuing: mints signed access, id and refresh tokens, and checks the tokens Graph receives. */
final class TokenAuthority {
    static final String GRAPH_AUDIENCE = "https://graph.microsoft.com";

    private final KeyPair keys = SharedKeys.TOKEN_SIGNING;
    private final String keyId = UUID.randomUUID().toString();
    private final World world;
    private final Map<String, Subject> refreshTokens = new ConcurrentHashMap<>();

    /** Who a delegated token is for. */
    record Subject(String userPrincipalName, String objectId, String clientId) {}

    TokenAuthority(World world) {
        this.world = world;
    }

    static String objectIdOf(String userPrincipalName) {
        return UUID.nameUUIDFromBytes(userPrincipalName.getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The token endpoint's answer for a user: access, id and refresh tokens plus client_info. */
    Map<String, Object> userTokens(Subject subject, String scope) {
        String tenantId = world.read(World::tenantId);
        Map<String, Object> claims = baseClaims(subject.clientId());
        claims.put("oid", subject.objectId());
        claims.put("upn", subject.userPrincipalName());
        claims.put("scp", "Directory.Read.All Domain.Read.All User.Read.All");
        Map<String, Object> answer = tokenAnswer(claims, scope);
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("aud", subject.clientId());
        id.put("iss", "https://login.microsoftonline.com/" + tenantId + "/v2.0");
        id.put("iat", claims.get("iat"));
        id.put("exp", claims.get("exp"));
        id.put("tid", tenantId);
        id.put("oid", subject.objectId());
        id.put("sub", subject.objectId());
        id.put("preferred_username", subject.userPrincipalName());
        id.put("name", subject.userPrincipalName());
        id.put("ver", "2.0");
        answer.put("id_token", sign(id));
        String refresh = UUID.randomUUID() + "." + UUID.randomUUID();
        refreshTokens.put(refresh, subject);
        answer.put("refresh_token", refresh);
        String clientInfo = "{\"uid\":\"" + subject.objectId() + "\",\"utid\":\"" + tenantId + "\"}";
        answer.put("client_info", Jwt.encode(clientInfo.getBytes(StandardCharsets.UTF_8)));
        return answer;
    }

    /** The token endpoint's answer for an application acting as itself. */
    Map<String, Object> appTokens(String clientId, String scope) {
        Map<String, Object> claims = baseClaims(clientId);
        claims.put("oid", objectIdOf(clientId));
        claims.put("roles", java.util.List.of("Directory.Read.All", "Domain.Read.All", "User.Read.All"));
        return tokenAnswer(claims, scope);
    }

    /** Redeeming a refresh token; it stays valid, as Entra's do for their lifetime. */
    Optional<Subject> subjectOfRefreshToken(String token) {
        return Optional.ofNullable(token == null ? null : refreshTokens.get(token));
    }

    /** The claims of a Graph access token this authority signed, if it has not expired. */
    Optional<Map<String, Object>> validAccessToken(String token) {
        String tenantId = world.read(World::tenantId);
        return Jwt.verify(token, keys.getPublic())
                .filter(c -> GRAPH_AUDIENCE.equals(c.get("aud")) && tenantId.equals(c.get("tid")))
                .filter(c -> c.get("exp") instanceof Number exp
                        && exp.longValue() > world.now().getEpochSecond());
    }

    private Map<String, Object> baseClaims(String clientId) {
        String tenantId = world.read(World::tenantId);
        Duration lifetime = world.read(w -> w.faults().tokenLifetime());
        Instant now = world.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", GRAPH_AUDIENCE);
        claims.put("iss", "https://sts.windows.net/" + tenantId + "/");
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put("appid", clientId);
        claims.put("tid", tenantId);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private Map<String, Object> tokenAnswer(Map<String, Object> claims, String scope) {
        long expiresIn = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token_type", "Bearer");
        answer.put("scope", scope);
        answer.put("expires_in", expiresIn);
        answer.put("ext_expires_in", expiresIn);
        answer.put("access_token", sign(claims));
        return answer;
    }

    private String sign(Map<String, Object> claims) {
        return Jwt.sign(Map.of("typ", "JWT", "alg", "RS256", "kid", keyId), claims, keys.getPrivate());
    }
}
