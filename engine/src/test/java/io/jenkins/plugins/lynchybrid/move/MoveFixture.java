package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.graph.GraphClient;
import io.jenkins.plugins.lynchybrid.graph.RetryPolicy;
import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.InlineUserSource;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** A simulated hybrid (cloud over HTTPS, shell in-process) and the move job wired to it. */
final class MoveFixture implements AutoCloseable {
    private final SimulatedCloud cloud;
    private final InProcessLyncShell shell;
    private final HybridSite site;
    private RetryPolicy graphRetry = RetryPolicy.DEFAULT;

    MoveFixture(int users, Scenario scenario) {
        this.cloud = SimulatedCloud.start(users, scenario);
        this.shell = new InProcessLyncShell(cloud.world());
        this.site = TestSites.onSimulatedCloud(cloud, ServerVersion.LYNC_2013);
    }

    MoveFixture(int users) {
        this(users, Scenario.HEALTHY);
    }

    World world() {
        return cloud.world();
    }

    HybridSite site() {
        return site;
    }

    /** The same hybrid with Skype for Business Server {@code version} on-premises. */
    HybridSite site(ServerVersion version) {
        return TestSites.onSimulatedCloud(cloud, version);
    }

    /** The world's servers become Skype for Business Server 2019, and the site says so. */
    HybridSite onSkypeForBusinessServer2019() {
        return on(ServerVersion.SFB_2019);
    }

    /** The world's servers become {@code version}, with its cmdlet surface, and the site says so. */
    HybridSite on(ServerVersion version) {
        world().change(w -> w.install(ServerProduct.valueOf(version.name())));
        return site(version);
    }

    /** How the job's Graph client retries throttled look-ups, from the next run on. */
    void graphRetries(RetryPolicy value) {
        graphRetry = value;
    }

    private GraphClient graph() {
        return cloud.graph(cloud.adminTokens(), graphRetry, GraphClient.MAX_PAGE_SIZE);
    }

    /** Grants user {@code index} the per-user conferencing policy that allows dial-in conferencing. */
    void dialIn(int index) {
        world().change(w -> w.grantConferencingPolicy(w.user(sip(index)).orElseThrow(), World.DIAL_IN_POLICY));
    }

    void faults(UnaryOperator<Faults> change) {
        world().change(w -> w.faults(change.apply(w.faults())));
    }

    static String sip(int index) {
        return String.format(Locale.ROOT, "sip:user%05d@contoso.com", index);
    }

    static String key(int index) {
        return sip(index).substring(4);
    }

    /** Users {@code from..to} (inclusive) named by SIP address, as an inline list. */
    UserSelection users(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            ids.add(sip(i));
        }
        return new InlineUserSource(new IdentityRules(site.sipDomains())).read(ids);
    }

    /** Fast retries, so tests of failure handling take milliseconds. */
    static MoveOptions options(Home to) {
        return MoveOptions.to(to).withRetries(4, Duration.ofMillis(5));
    }

    MoveResult run(UserSelection users, MoveOptions options) throws InterruptedException {
        return run(users, options, Optional.empty());
    }

    MoveResult run(UserSelection users, MoveOptions options, Optional<Path> journal) throws InterruptedException {
        return run(users, options, journal, site);
    }

    MoveResult run(UserSelection users, MoveOptions options, Optional<Path> journal, HybridSite onSite)
            throws InterruptedException {
        return new MoveJob(onSite, shell, graph(), options, journal, MoveListener.NONE).run(users);
    }

    /** The job, with every cmdlet passing through {@code shellSeen} on its way to the simulated shell. */
    MoveResult run(UserSelection users, MoveOptions options, UnaryOperator<LyncShell> shellSeen)
            throws InterruptedException {
        return run(users, options, shellSeen, UnaryOperator.identity());
    }

    /** The job, with cmdlets passing through {@code shellSeen} and Graph calls through {@code graphSeen}. */
    MoveResult run(
            UserSelection users,
            MoveOptions options,
            UnaryOperator<LyncShell> shellSeen,
            UnaryOperator<TenantDirectory> graphSeen)
            throws InterruptedException {
        return new MoveJob(
                        site,
                        shellSeen.apply(shell),
                        graphSeen.apply(graph()),
                        options,
                        Optional.empty(),
                        MoveListener.NONE)
                .run(users);
    }

    MoveJob job(MoveOptions options, Optional<Path> journal, MoveListener listener) {
        return new MoveJob(site, shell, graph(), options, journal, listener);
    }

    /** A shell that notes each cmdlet's name in {@code sent}, in the order the job hands them to it. */
    static UnaryOperator<LyncShell> recordingCmdlets(List<String> sent) {
        return shell -> new LyncShell() {
            @Override
            public List<PsObject> run(CmdletCall call) {
                return run(call, () -> {});
            }

            @Override
            public List<PsObject> run(CmdletCall call, Runnable taken) {
                sent.add(call.cmdlet());
                return shell.run(call, taken);
            }

            @Override
            public void close() {
                shell.close();
            }
        };
    }

    /** Per-user move counters of the simulated service (completed moves), by SIP address without prefix. */
    Map<String, Integer> moveCounts() {
        return world().read(w ->
                w.users().stream().collect(Collectors.toMap(u -> u.sipAddress().substring(4), OnPremUser::moves)));
    }

    /**
     * Per-user Move-CsUser calls the simulated service received, accepted or refused, by SIP address without prefix:
     * "moved exactly once" means one call.
     */
    Map<String, Integer> moveCalls() {
        return world().read(w ->
                w.users().stream().collect(Collectors.toMap(u -> u.sipAddress().substring(4), OnPremUser::moveCalls)));
    }

    /** The parameters of the Move-CsUser calls the shell took for user {@code index}, in order. */
    List<Map<String, Object>> moveCalls(int index) {
        return world().read(w -> w.changes().stream()
                .filter(c -> c.operation().equals("Move-CsUser") && c.target().equals(sip(index)))
                .map(World.Change::parameters)
                .toList());
    }

    boolean online(int index) {
        return world().read(w -> w.user(sip(index)).orElseThrow().isOnline());
    }

    static Map<String, UserOutcome> byUser(MoveResult result) {
        return result.outcomes().stream().collect(Collectors.toMap(UserOutcome::user, o -> o));
    }

    @Override
    public void close() {
        shell.close();
        cloud.close();
    }
}
