package io.jenkins.plugins.lynchybrid.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.graph.GraphClient;
import io.jenkins.plugins.lynchybrid.move.MoveJob;
import io.jenkins.plugins.lynchybrid.move.MoveListener;
import io.jenkins.plugins.lynchybrid.move.MoveOptions;
import io.jenkins.plugins.lynchybrid.move.MoveResult;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.tls.TrustedRoots;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.InlineUserSource;
import io.jenkins.plugins.lynchybrid.verify.VerifyJob;
import io.jenkins.plugins.lynchybrid.verify.VerifyOptions;
import io.jenkins.plugins.lynchybrid.verify.VerifyResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated hybrid for the migration around the moves: waves moved online with their journals, verification runs
 * whose waits let the simulated clock pass (no sleeping), and a count of the cmdlets the engine sent.
 */
public final class MigrationWaves implements AutoCloseable {
    private final SimulatedCloud cloud;
    private final InProcessLyncShell simulated;
    private final HybridSite site;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final LyncShell shell = new LyncShell() {
        @Override
        public List<PsObject> run(CmdletCall call) {
            calls.computeIfAbsent(call.cmdlet(), c -> new AtomicInteger()).incrementAndGet();
            return simulated.run(call);
        }

        @Override
        public Optional<java.util.Set<String>> moveCsUserParameters() {
            return simulated.moveCsUserParameters();
        }

        @Override
        public void close() {}
    };

    public MigrationWaves(int users) {
        cloud = SimulatedCloud.start(users);
        simulated = new InProcessLyncShell(cloud.world());
        site = TestSites.onSimulatedCloud(cloud, ServerVersion.LYNC_2013);
    }

    public World world() {
        return cloud.world();
    }

    public HybridSite site() {
        return site;
    }

    public LyncShell shell() {
        return shell;
    }

    public static String sip(int index) {
        return String.format(Locale.ROOT, "sip:user%05d@contoso.com", index);
    }

    public static String key(int index) {
        return sip(index).substring(4);
    }

    /** Moves users {@code from..to} online, journaled in {@code journal}. */
    public MoveResult wave(Path journal, int from, int to) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            ids.add(sip(i));
        }
        GraphClient graph = cloud.graph();
        return new MoveJob(
                        site,
                        shell,
                        graph,
                        MoveOptions.to(Home.ONLINE).withRetries(2, Duration.ofMillis(5)),
                        Optional.of(journal),
                        MoveListener.NONE)
                .run(new InlineUserSource(new IdentityRules(site.sipDomains())).read(ids));
    }

    /** Verifies {@code journal}'s users; each wait lets that much simulated time pass. */
    public VerifyResult verify(Path journal, VerifyOptions options) throws InterruptedException {
        return new VerifyJob(site, shell, options, this::advance).run(journal);
    }

    public void advance(Duration duration) {
        world().change(w -> w.advanceClock(duration));
    }

    /** The simulator's {@code GET /_simulator/state}, over HTTPS as any client reads it. */
    public JsonNode state() throws java.io.IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(TrustedRoots.of(site.trustStore()).sslContext())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(cloud.server().baseUrl() + "/_simulator/state"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }

    /** How many times the engine sent {@code cmdlet} so far. */
    public int calls(String cmdlet) {
        return calls.getOrDefault(cmdlet, new AtomicInteger()).get();
    }

    @Override
    public void close() {
        simulated.close();
        cloud.close();
    }
}
