package io.jenkins.plugins.lynchybrid.simulator.http;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** Compact RS256 JSON Web Tokens: what Entra issues and what MSAL sends as a certificate client assertion. */
final class Jwt {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jwt() {}

    static String sign(Map<String, Object> header, Map<String, Object> claims, PrivateKey key) {
        try {
            String signingInput = encode(HttpExchanges.JSON.writeValueAsBytes(header)) + "."
                    + encode(HttpExchanges.JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + encode(rsa.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** The claims, if {@code token} is a well-formed RS256 JWT signed by {@code key}; empty otherwise. */
    static Optional<Map<String, Object>> verify(String token, PublicKey key) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Map<String, Object> header = decode(parts[0]);
            if (!"RS256".equals(header.get("alg"))) {
                return Optional.empty();
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(DECODER.decode(parts[2])) ? Optional.of(decode(parts[1])) : Optional.empty();
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    private static Map<String, Object> decode(String part) throws IOException {
        return HttpExchanges.JSON.readValue(DECODER.decode(part), new TypeReference<Map<String, Object>>() {});
    }
}
