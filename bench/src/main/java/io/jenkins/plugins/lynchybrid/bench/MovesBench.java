package io.jenkins.plugins.lynchybrid.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.move.MoveCall;
import io.jenkins.plugins.lynchybrid.move.MoveJob;
import io.jenkins.plugins.lynchybrid.move.MoveListener;
import io.jenkins.plugins.lynchybrid.move.MoveOptions;
import io.jenkins.plugins.lynchybrid.move.MoveResult;
import io.jenkins.plugins.lynchybrid.move.Parallelism;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.InlineUserSource;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The move job against the simulated hybrid (Graph over HTTPS on loopback, the shell in-process): wall time
 * against the limit ceil(N/C)·L for auto and fixed parallelism, the speed-up over a sequential Move-CsUser loop,
 * CPU per user at zero latency, the peak live heap of a 100,000-user dry run, the shell calls besides Move-CsUser
 * per user, the CLI through real host processes ({@link MovesProcessBench}), and {@link MoveTailsBench}'s heavy
 * tail, time to the first move and journal cost.
 */
final class MovesBench {
    static final int USERS = Integer.getInteger("bench.users", 3200);
    static final int CAPACITY = Integer.getInteger("bench.capacity", 16);
    static final Duration LATENCY = Duration.ofMillis(Integer.getInteger("bench.latencyMs", 100));
    /**
     * Added per object a cmdlet returns (the directory reading it, PowerShell serialising it): a hundredth of L, so a
     * Get-CsUser of 100 users costs twice one of a single user.
     */
    static final Duration OBJECT_LATENCY = LATENCY.dividedBy(100);

    static final int SEQUENTIAL_SAMPLE = 60;
    static final int CPU_USERS = 4000;
    static final int CPU_ROUNDS = 8;
    static final int HEAP_USERS = 100_000;

    private MovesBench() {}

    static void main(String[] args) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "moves: N=%d users, C=%d moves at once (service cap), L=%d ms per move%n",
                USERS,
                CAPACITY,
                LATENCY.toMillis());
        // The CPU rounds come first: they also let the JIT finish compiling before anything is timed.
        double cpu = cpuMillisPerUser();
        double limit = Math.ceil(USERS / (double) CAPACITY) * LATENCY.toMillis() / 1000.0;
        double auto = timedMoves(Parallelism.auto()).seconds();
        Timed fixedRun = timedMoves(Parallelism.fixed(CAPACITY));
        double fixed = fixedRun.seconds();
        double sequentialPerUser = sequentialSeconds() / SEQUENTIAL_SAMPLE;
        double sequential = sequentialPerUser * USERS;
        System.out.printf(Locale.ROOT, "limit ceil(N/C)*L      %8.2f s%n", limit);
        System.out.printf(Locale.ROOT, "auto                   %8.2f s  ratio %.3f%n", auto, auto / limit);
        System.out.printf(Locale.ROOT, "fixed N=C              %8.2f s  ratio %.3f%n", fixed, fixed / limit);
        System.out.printf(
                Locale.ROOT,
                "sequential loop        %8.2f s  (%.1f ms per user over %d users, scaled to N)%n",
                sequential,
                sequentialPerUser * 1000,
                SEQUENTIAL_SAMPLE);
        System.out.printf(
                Locale.ROOT,
                "speed-up of auto over the loop %.1fx (goal >= %.1f)%n",
                sequential / auto,
                0.9 * CAPACITY);
        System.out.printf(Locale.ROOT, "CPU per user at zero latency %.3f ms (%d users)%n", cpu, CPU_USERS);
        double heap = peakHeapMegabytesOfDryRun();
        System.out.printf(Locale.ROOT, "peak live heap, %d-user dry run %.0f MB%n", HEAP_USERS, heap);
        System.out.printf(
                Locale.ROOT,
                "shell calls besides Move-CsUser, fixed run: %.4f per user (goal <= 0.1)%n",
                fixedRun.shellCallsPerUser());
        MovesProcessBench.Figures process = MovesProcessBench.run(USERS, CAPACITY, LATENCY, OBJECT_LATENCY);
        MovesProcessBench.print(process);
        MoveTailsBench.Figures tails = MoveTailsBench.run(USERS, CAPACITY, LATENCY);
        System.out.printf(
                Locale.ROOT,
                "bench moves: auto=%.3f fixed=%.3f vs-sequential=%.1f cpu-ms-per-user=%.3f heap-mb-100k=%.0f"
                        + " heavy-tail=%.3f first-move=%.2f journal=%.2f%% fsync=%.2f%%"
                        + " shell-calls-per-user=%.4f moves-process=%.3f%n",
                auto / limit,
                fixed / limit,
                sequential / auto,
                cpu,
                heap,
                tails.heavyTail(),
                tails.firstMove(),
                tails.journal().written() * 100,
                tails.journal().fsync() * 100,
                fixedRun.shellCallsPerUser(),
                process.ratio());
    }

    /**
     * A timed job and its shell calls other than Move-CsUser (pre-checks, verifications, the dial-in policy reads)
     * per user, from the simulator's counts.
     */
    record Timed(double seconds, double shellCallsPerUser) {}

    private static Timed timedMoves(Parallelism parallelism) throws Exception {
        try (Hybrid hybrid = new Hybrid(
                USERS, Faults.none().withLatency(LATENCY).withCapacity(CAPACITY).withObjectLatency(OBJECT_LATENCY))) {
            var calls = hybrid.cloud.world().shellCalls();
            calls.reset();
            long start = System.nanoTime();
            MoveResult result = hybrid.move(parallelism, false);
            double seconds = (System.nanoTime() - start) / 1e9;
            requireAllMoved(result, USERS);
            double perUser = (calls.total() - calls.of("Move-CsUser")) / (double) USERS;
            System.out.printf(
                    Locale.ROOT,
                    "  %-22s %8.2f s, peak %d moves at once%n",
                    parallelism,
                    seconds,
                    result.peakParallelism());
            return new Timed(seconds, perUser);
        }
    }

    /** What admins run today: one Move-CsUser after another. */
    private static double sequentialSeconds() throws Exception {
        try (Hybrid hybrid =
                new Hybrid(SEQUENTIAL_SAMPLE, Faults.none().withLatency(LATENCY).withCapacity(CAPACITY))) {
            // The engine's own Move-CsUser (issue 12's registry), as the job would send it to this shell.
            MoveCall moveCall = new MoveCall(hybrid.site, hybrid.shell.moveCsUserParameters(), Map.of());
            long start = System.nanoTime();
            for (int i = 1; i <= SEQUENTIAL_SAMPLE; i++) {
                hybrid.shell.run(moveCall.build(sip(i), Home.ONLINE, Set.of()));
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** The JIT keeps compiling through the first runs; the last of a few rounds is the steady state. */
    private static double cpuMillisPerUser() throws Exception {
        double last = 0;
        for (int round = 1; round <= CPU_ROUNDS; round++) {
            last = cpuMillisPerUserOnce();
            System.out.printf(Locale.ROOT, "  CPU round %d: %.3f ms per user%n", round, last);
        }
        return last;
    }

    private static double cpuMillisPerUserOnce() throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Hybrid hybrid = new Hybrid(CPU_USERS, Faults.none())) {
            long before = os.getProcessCpuTime();
            MoveResult result = hybrid.move(Parallelism.fixed(8), false);
            long used = os.getProcessCpuTime() - before;
            requireAllMoved(result, CPU_USERS);
            return used / 1e6 / CPU_USERS;
        }
    }

    private static double peakHeapMegabytesOfDryRun() throws Exception {
        AtomicLong peak = new AtomicLong();
        List<NotificationEmitter> emitters = new ArrayList<>();
        javax.management.NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed)
                        .sum();
                peak.accumulateAndGet(used, Math::max);
            }
        };
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) gc;
            emitter.addNotificationListener(listener, null, null);
            emitters.add(emitter);
        }
        try (Hybrid hybrid = new Hybrid(HEAP_USERS, Faults.none())) {
            MoveResult result = hybrid.move(Parallelism.auto(), true);
            if (result.count(UserOutcome.Status.WOULD_MOVE) != HEAP_USERS) {
                throw new IllegalStateException("dry run checked " + result.count(UserOutcome.Status.WOULD_MOVE));
            }
            System.gc();
        } finally {
            for (NotificationEmitter emitter : emitters) {
                emitter.removeNotificationListener(listener);
            }
        }
        return peak.get() / (1024.0 * 1024.0);
    }

    private static void requireAllMoved(MoveResult result, int users) {
        if (result.count(UserOutcome.Status.MOVED) != users) {
            throw new IllegalStateException("only " + result.count(UserOutcome.Status.MOVED) + " of " + users
                    + " moved: "
                    + result.outcomes().stream()
                            .filter(o -> o.status() != UserOutcome.Status.MOVED)
                            .findFirst());
        }
    }

    static String sip(int index) {
        return String.format(Locale.ROOT, "sip:user%05d@contoso.com", index);
    }

    /** A simulated hybrid of {@code users} users with {@code faults}, and the engine's clients for it. */
    private static final class Hybrid implements AutoCloseable {
        private final SimulatedCloud cloud;
        private final InProcessLyncShell shell;
        private final HybridSite site;
        private final int users;

        Hybrid(int users, Faults faults) {
            this.users = users;
            this.cloud = SimulatedCloud.start(users);
            cloud.world().change(w -> w.faults(faults));
            this.shell = new InProcessLyncShell(cloud.world());
            this.site = TestSites.onSimulatedCloud(cloud, ServerVersion.LYNC_2013);
        }

        MoveResult move(Parallelism parallelism, boolean dryRun) throws InterruptedException {
            List<String> identities = new ArrayList<>(users);
            for (int i = 1; i <= users; i++) {
                identities.add(sip(i));
            }
            UserSelection selection = new InlineUserSource(new IdentityRules(site.sipDomains())).read(identities);
            MoveOptions options = MoveOptions.to(Home.ONLINE)
                    .withParallelism(parallelism)
                    .withDryRun(dryRun)
                    .withRetries(10, LATENCY);
            return new MoveJob(site, shell, cloud.graph(), options, java.util.Optional.empty(), MoveListener.NONE)
                    .run(selection);
        }

        @Override
        public void close() {
            shell.close();
            cloud.close();
        }
    }
}
