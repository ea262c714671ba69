package io.jenkins.plugins.lynchybrid.simulator.http;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Decides, per the world's {@code throttleRate}, which Graph calls and batch items get a 429. */
final class Throttle {
    private final World world;

    Throttle(World world) {
        this.world = world;
    }

    boolean now() {
        if (world.read(World::takeForcedThrottle)) {
            return true;
        }
        return world.read(w -> w.faultStrikes(w.faults().throttleRate()));
    }

    /**
     * Graph's 429 as concepts/throttling.md ("Sample response") shows it: fractional Retry-After, and an error
     * with an innerError object.
     */
    Reply tooManyRequests() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("code", "429");
        inner.put("date", LocalDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        inner.put("message", "Please retry after");
        inner.put("request-id", UUID.randomUUID().toString());
        inner.put("status", "429");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "TooManyRequests");
        error.put("innerError", inner);
        error.put("message", "Please retry again later.");
        return Reply.json(429, Map.of("error", error)).withHeader("Retry-After", world.read(World::graphRetryAfter));
    }
}
