package io.jenkins.plugins.lynchybrid.bench;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * When a job's hosts came up and its moves ran, in seconds from its start, seen from the simulator's side (module
 * imports, one per host; Move-CsUser calls), sampled every 20 ms: where a wall time beyond the limit went.
 */
record Milestones(
        double firstHost, int hosts, double allHosts, long movedByAllHosts, double firstMove, double lastMove) {
    /** Samples the world until {@link #stop}. */
    static Watch watch(World world, long startNanos, int hosts, int moves) {
        return new Watch(world, startNanos, hosts, moves);
    }

    static final class Watch {
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bench-milestones");
            thread.setDaemon(true);
            return thread;
        });
        private final int hosts;
        private volatile double firstHost = -1;
        private volatile double allHosts = -1;
        private volatile long movedByAllHosts = -1;
        private volatile double firstMove = -1;
        private volatile double lastMove = -1;

        private Watch(World world, long startNanos, int hosts, int moves) {
            this.hosts = hosts;
            sampler.scheduleAtFixedRate(
                    () -> {
                        double now = (System.nanoTime() - startNanos) / 1e9;
                        int imported = world.moduleImports().get();
                        long moved = world.shellCalls().of("Move-CsUser");
                        firstHost = firstHost < 0 && imported >= 1 ? now : firstHost;
                        if (allHosts < 0 && imported >= hosts) {
                            allHosts = now;
                            movedByAllHosts = moved;
                        }
                        firstMove = firstMove < 0 && moved >= 1 ? now : firstMove;
                        lastMove = lastMove < 0 && moved >= moves ? now : lastMove;
                    },
                    0,
                    20,
                    TimeUnit.MILLISECONDS);
        }

        Milestones stop() {
            sampler.shutdownNow();
            return new Milestones(firstHost, hosts, allHosts, movedByAllHosts, firstMove, lastMove);
        }
    }
}
