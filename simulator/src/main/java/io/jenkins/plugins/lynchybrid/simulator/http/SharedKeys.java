package io.jenkins.plugins.lynchybrid.simulator.http;

import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The CA, TLS certificate and token-signing key every simulated cloud in this JVM uses. RSA key generation
 * costs seconds on a small machine, and test suites start many clouds; sharing them changes nothing a client
 * can observe except that two clouds trust the same CA. Tokens stay bound to their tenant by the tid claim.
 */
final class SharedKeys {
    static final Pki.Issued CA = Pki.certificateAuthority("lync-hybrid simulator CA");
    static final Pki.Issued TLS = Pki.server(
            CA,
            "localhost",
            // Microsoft's own sign-in and Graph hosts too, so a client that reaches the simulator through a proxy
            // (as it would reach Microsoft) can use the named clouds' real authority URLs
            List.of(
                    "localhost",
                    "127.0.0.1",
                    "login.microsoftonline.com",
                    "login.microsoftonline.us",
                    "login.chinacloudapi.cn",
                    "graph.microsoft.com",
                    "graph.microsoft.us",
                    "dod-graph.microsoft.us",
                    "microsoftgraph.chinacloudapi.cn"),
            Instant.now().minus(Duration.ofHours(1)),
            Instant.now().plus(Duration.ofDays(365)));
    static final KeyPair TOKEN_SIGNING = Pki.keyPair();

    private SharedKeys() {}
}
