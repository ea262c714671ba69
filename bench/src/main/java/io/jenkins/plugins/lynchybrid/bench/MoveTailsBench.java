package io.jenkins.plugins.lynchybrid.bench;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.auth.SignInGate;
import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.move.MoveJob;
import io.jenkins.plugins.lynchybrid.move.MoveListener;
import io.jenkins.plugins.lynchybrid.move.MoveOptions;
import io.jenkins.plugins.lynchybrid.move.MoveResult;
import io.jenkins.plugins.lynchybrid.move.Parallelism;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.shell.ShellHostPool;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.InlineUserSource;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * The move job where the average hides the cost: move durations with a heavy tail, the wait before the first move
 * (sign-in and shell host start-up), and the journal's trip to the disk.
 */
final class MoveTailsBench {
    /** Lognormal spread of move durations around their median L. */
    static final double SIGMA = 0.5;
    /** One user in this many takes 5 to 10 L (a mailbox-sized straggler). */
    static final int STRAGGLER_EVERY = 100;

    static final long SEED = 15;
    static final int FIRST_MOVE_ROUNDS = 3;

    static final int JOURNAL_USERS = 800;
    static final int JOURNAL_ROUNDS = 3;
    static final int WARM_UP_ROUNDS = 3;
    /** Memory, where FileChannel.force has nothing to write: the journal as shipped, with forcing free. */
    static final Path UNFORCED_DIR = Path.of("/dev/shm");

    private MoveTailsBench() {}

    /** The three figures of the {@code bench moves} summary line this bench adds. */
    record Figures(double heavyTail, double firstMove, Journal journal) {}

    /**
     * {@code java -jar lync-hybrid-bench.jar move-tails}: these figures alone, for the default N, C and L;
     * {@code move-tails first-move}: the first-move figure only, with where its time goes.
     */
    static void main(String[] args) throws Exception {
        // Alone, these figures would otherwise include the JIT compiling the job (bench moves warms it first).
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            journaled(JOURNAL_USERS, MovesBench.CAPACITY, Duration.ZERO, Optional.empty());
        }
        if (Arrays.asList(args).contains("first-move")) {
            double firstMove = firstMoveRatio(MovesBench.LATENCY);
            System.out.printf(Locale.ROOT, "bench move-tails: first-move=%.2f%n", firstMove);
            return;
        }
        Figures figures = run(MovesBench.USERS, MovesBench.CAPACITY, MovesBench.LATENCY);
        System.out.printf(
                Locale.ROOT,
                "bench move-tails: heavy-tail=%.3f first-move=%.2f journal=%.2f%% fsync=%.2f%%%n",
                figures.heavyTail(),
                figures.firstMove(),
                figures.journal().written() * 100,
                figures.journal().fsync() * 100);
    }

    static Figures run(int users, int capacity, Duration latency) throws Exception {
        double heavyTail = heavyTailRatio(users, capacity, latency);
        System.out.printf(Locale.ROOT, "heavy tail ratio to its bound %.3f (goal <= 1.15)%n", heavyTail);
        double firstMove = firstMoveRatio(latency);
        System.out.printf(Locale.ROOT, "first move / (sign-in + one host start) %.2f (goal <= 1.3)%n", firstMove);
        Journal journal = journalCost(JOURNAL_USERS, capacity, latency);
        System.out.printf(
                Locale.ROOT,
                "journal written %.2f%%, forced to disk as shipped %.2f%% (goal <= 2%%)%n",
                journal.written() * 100,
                journal.fsync() * 100);
        return new Figures(heavyTail, firstMove, journal);
    }

    /** Heavy-tailed moves at fixed parallelism C: wall time against max(sum of durations / C, longest move). */
    static double heavyTailRatio(int users, int capacity, Duration median) throws Exception {
        long[] durations = durations(users, median);
        long total = Arrays.stream(durations).sum();
        long longest = Arrays.stream(durations).max().orElse(0);
        double bound = Math.max(total / (double) capacity, longest) / 1000.0;
        double seconds = timedJob(
                users, capacity, median, Faults.none(), shell -> new SlowMoves(shell, durations), Optional.empty());
        System.out.printf(
                Locale.ROOT,
                "heavy tail (lognormal sigma %.1f, 1 in %d at 5-10 L), fixed C: %8.2f s, bound %.2f s"
                        + " (longest move %.2f s)%n",
                SIGMA,
                STRAGGLER_EVERY,
                seconds,
                bound,
                longest / 1000.0);
        return seconds / bound;
    }

    /**
     * From opening the connections (real shell host processes, a real MSAL sign-in) to the service accepting the
     * first Move-CsUser (the user's pre-checks before it, its verification after), against
     * one sign-in plus one host start measured on their own. Median of a few rounds.
     */
    static double firstMoveRatio(Duration latency) throws Exception {
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= FIRST_MOVE_ROUNDS; round++) {
            try (SimulatedCloud cloud = SimulatedCloud.start(40);
                    SimulatedShellHost hosts = new SimulatedShellHost(cloud.world())) {
                cloud.world().change(w -> w.faults(Faults.none().withLatency(latency)));
                double signIn = seconds(() -> cloud.adminTokens().accessToken());
                double hostStart =
                        seconds(() -> pool(cloud, hosts, 1, new SignInGate()).close());
                double first = firstMove(cloud, hosts, latency);
                System.out.printf(
                        Locale.ROOT,
                        "  first move round %d: %.3f s; sign-in %.3f s + one host start %.3f s%n",
                        round,
                        first,
                        signIn,
                        hostStart);
                ratios.add(first / (signIn + hostStart));
            }
        }
        ratios.sort(Double::compare);
        return ratios.get(ratios.size() / 2);
    }

    /**
     * The first move as the CLI makes it: one {@link HybridConnections} (the shell pool of four hosts, Graph with the
     * admin's password, one sign-in gate), the job over both; prints where the time went.
     */
    private static double firstMove(SimulatedCloud cloud, SimulatedShellHost hosts, Duration latency) throws Exception {
        FirstMoveParts parts = new FirstMoveParts();
        HybridSite site = TestSites.contoso(
                Optional.empty(),
                Optional.of(cloud.trustStore()),
                Optional.empty(),
                cloud.cloud(),
                ServerVersion.LYNC_2013,
                hosts.settings(4, Duration.ofSeconds(60)));
        try (HybridConnections connections = new HybridConnections(
                        site,
                        new AccountCredential(World.ADMIN_USERNAME, cloud.adminPassword()),
                        Optional.empty(),
                        Optional.empty(),
                        parts.launcher(),
                        notice -> {});
                LyncShell shell = parts.shell(connections.shellWhileSigningIn())) {
            MoveResult result = new MoveJob(
                            site,
                            shell,
                            parts.directory(connections.directory()),
                            options(Parallelism.fixed(4), latency),
                            Optional.empty(),
                            MoveListener.NONE)
                    .run(selection(site, 4));
            requireAllMoved(result, 4);
        }
        System.out.println("    parts (ms from opening the connections): " + parts.describe());
        return parts.firstMoveSeconds();
    }

    private static ShellHostPool pool(SimulatedCloud cloud, SimulatedShellHost hosts, int count, SignInGate gate) {
        return ShellHostPool.start(
                hosts.settings(count, Duration.ofSeconds(60)),
                new LocalProcessLauncher(),
                hosts.command(),
                cloud.credential(World.ADMIN_USERNAME),
                Optional.empty(),
                gate);
    }

    /**
     * What the journal costs a job: the same move job without a journal, with the real journal in memory (written
     * as shipped, forcing it costs nothing there) and with the real journal on disk (forced as shipped: every
     * {@code MoveJournal.FORCE_EVERY_LINES} lines or {@code FORCE_EVERY}, and at close). Rounds interleave the
     * three so drift on a shared machine hits each alike; the medians are compared.
     */
    static Journal journalCost(int users, int capacity, Duration latency) throws Exception {
        if (!Files.isDirectory(UNFORCED_DIR)) {
            throw new IllegalStateException(UNFORCED_DIR + " (tmpfs) is needed to run the journal without forcing");
        }
        Path disk = Files.createTempDirectory("lync-hybrid-bench-journal");
        Path memory = Files.createTempDirectory(UNFORCED_DIR, "lync-hybrid-bench-journal");
        try {
            double[] plain = new double[JOURNAL_ROUNDS];
            double[] unforced = new double[JOURNAL_ROUNDS];
            double[] forced = new double[JOURNAL_ROUNDS];
            for (int round = 0; round < JOURNAL_ROUNDS; round++) {
                plain[round] = journaled(users, capacity, latency, Optional.empty());
                unforced[round] = journaled(users, capacity, latency, Optional.of(freshJournal(memory, round)));
                forced[round] = journaled(users, capacity, latency, Optional.of(freshJournal(disk, round)));
                System.out.printf(
                        Locale.ROOT,
                        "  journal round %d: no journal %.2f s, in memory %.2f s, on disk %.2f s%n",
                        round + 1,
                        plain[round],
                        unforced[round],
                        forced[round]);
            }
            long lines;
            try (var text = Files.lines(freshJournal(disk, 0))) {
                lines = text.count();
            }
            System.out.printf(
                    Locale.ROOT,
                    "journal: %d lines a run, on disk in %s, in memory in %s (medians of %d rounds)%n",
                    lines,
                    disk.getParent(),
                    UNFORCED_DIR,
                    JOURNAL_ROUNDS);
            return new Journal(median(unforced) / median(plain) - 1, median(forced) / median(unforced) - 1);
        } finally {
            delete(disk);
            delete(memory);
        }
    }

    private static Path freshJournal(Path dir, int round) {
        return dir.resolve("moves-" + round + ".jsonl");
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * @param written the journal's cost, written with its forcing free (in memory), over a run without one
     * @param fsync the share forcing it to disk as shipped adds over the same journal unforced
     */
    record Journal(double written, double fsync) {}

    private static double journaled(int users, int capacity, Duration latency, Optional<Path> journal)
            throws Exception {
        return timedJob(users, capacity, latency, Faults.none().withLatency(latency), shell -> shell, journal);
    }

    /** Wall seconds of a job moving {@code users} at fixed parallelism over the in-process shell {@code wrap} gives. */
    private static double timedJob(
            int users,
            int capacity,
            Duration retryDelay,
            Faults faults,
            UnaryOperator<LyncShell> wrap,
            Optional<Path> journal)
            throws Exception {
        try (SimulatedCloud cloud = SimulatedCloud.start(users);
                LyncShell shell = wrap.apply(new InProcessLyncShell(cloud.world()))) {
            cloud.world().change(w -> w.faults(faults));
            HybridSite site = TestSites.onSimulatedCloud(cloud, ServerVersion.LYNC_2013);
            long start = System.nanoTime();
            MoveResult result = new MoveJob(
                            site,
                            shell,
                            cloud.graph(),
                            options(Parallelism.fixed(capacity), retryDelay),
                            journal,
                            MoveListener.NONE)
                    .run(selection(site, users));
            requireAllMoved(result, users);
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** Each user's move duration in ms: lognormal around {@code median}, one in a hundred 5 to 10 times it. */
    static long[] durations(int users, Duration median) {
        SplittableRandom random = new SplittableRandom(SEED);
        long[] durations = new long[users];
        for (int i = 0; i < users; i++) {
            double factor = i % STRAGGLER_EVERY == STRAGGLER_EVERY / 2
                    ? 5 + 5 * random.nextDouble()
                    : Math.exp(SIGMA * gaussian(random));
            durations[i] = Math.round(median.toMillis() * factor);
        }
        return durations;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static MoveOptions options(Parallelism parallelism, Duration retryDelay) {
        return MoveOptions.to(Home.ONLINE).withParallelism(parallelism).withRetries(10, retryDelay);
    }

    private static UserSelection selection(HybridSite site, int users) {
        List<String> identities = new ArrayList<>(users);
        for (int i = 1; i <= users; i++) {
            identities.add(MovesBench.sip(i));
        }
        return new InlineUserSource(new IdentityRules(site.sipDomains())).read(identities);
    }

    private static void requireAllMoved(MoveResult result, int users) {
        if (result.count(UserOutcome.Status.MOVED) != users) {
            throw new IllegalStateException(
                    "only " + result.count(UserOutcome.Status.MOVED) + " of " + users + " moved");
        }
    }

    private static double seconds(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Move-CsUser takes the user's own duration (the simulated service answers at once); other cmdlets pass. */
    private static final class SlowMoves implements LyncShell {
        private final LyncShell shell;
        private final long[] durations;

        SlowMoves(LyncShell shell, long[] durations) {
            this.shell = shell;
            this.durations = durations;
        }

        @Override
        public List<PsObject> run(CmdletCall call) {
            if (call.cmdlet().equals("Move-CsUser")) {
                String identity = String.valueOf(call.parameters().get("Identity"));
                int index = Integer.parseInt(identity.substring(8, 13)) - 1;
                try {
                    Thread.sleep(durations[index]);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return shell.run(call);
        }

        @Override
        public void close() {
            shell.close();
        }
    }
}
