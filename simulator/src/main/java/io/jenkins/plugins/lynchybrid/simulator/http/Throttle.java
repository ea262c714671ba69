package io.jenkins.plugins.lynchybrid.simulator.http;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.concurrent.ThreadLocalRandom;

/** Decides, per the world's {@code throttleRate}, which Graph calls and batch items get a 429. */
final class Throttle {
    /** Seconds; small, so tests that honour it stay fast. */
    static final String RETRY_AFTER_SECONDS = "1";

    private final World world;

    Throttle(World world) {
        this.world = world;
    }

    boolean now() {
        double rate = world.read(w -> w.faults().throttleRate());
        return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }

    static Reply tooManyRequests() {
        return Reply.graphError(
                        429,
                        "TooManyRequests",
                        "Too many requests. Application is over its resource limit; retry after the given delay.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS);
    }
}
