package io.jenkins.plugins.lynchybrid.simulator.world;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every attempt to sign in with the admin's password, accepted or refused, by channel: what AD FS extranet lockout
 * and Entra smart lockout would count. Thread-safe without the world's lock.
 */
public final class SignIns {
    /** Where a password arrived. */
    public enum Channel {
        /** The token endpoint's password grant (ROPC, a managed account). */
        TOKEN_PASSWORD,
        /** AD FS's WS-Trust usernamemixed endpoint (a federated account). */
        WS_TRUST,
        /** A shell host's online sign-in (Connect-MicrosoftTeams with the credential from its hello). */
        SHELL_HOST
    }

    private final Map<Channel, AtomicInteger> accepted = new EnumMap<>(Channel.class);
    private final Map<Channel, AtomicInteger> refused = new EnumMap<>(Channel.class);

    public SignIns() {
        for (Channel channel : Channel.values()) {
            accepted.put(channel, new AtomicInteger());
            refused.put(channel, new AtomicInteger());
        }
    }

    public void attempted(Channel channel, boolean wasAccepted) {
        (wasAccepted ? accepted : refused).get(channel).incrementAndGet();
    }

    public int refused() {
        return refused.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int attempts() {
        return refused()
                + accepted.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** {@code {"attempts":N,"refused":N,"byChannel":{"token-password":{"accepted":N,"refused":N},..}}} */
    public Map<String, Object> asMap() {
        Map<String, Object> byChannel = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("accepted", accepted.get(channel).get());
            counts.put("refused", refused.get(channel).get());
            byChannel.put(channel.name().toLowerCase(Locale.ROOT).replace('_', '-'), counts);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("attempts", attempts());
        all.put("refused", refused());
        all.put("byChannel", byChannel);
        return all;
    }
}
