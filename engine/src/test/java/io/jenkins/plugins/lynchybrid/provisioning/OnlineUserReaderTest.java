package io.jenkins.plugins.lynchybrid.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.failures.ReadRetry;
import io.jenkins.plugins.lynchybrid.provisioning.ProvisioningVerdict.State;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Get-CsOnlineUser, batched: one filtered call per forty users; the users a filter leaves out, asked alone. */
class OnlineUserReaderTest {
    private final World world = new World(90, "pw".toCharArray());
    private final List<CmdletCall> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    private final OnlineUserReader reader = new OnlineUserReader(recording(new InProcessLyncShell(world)), retry());

    @Test
    void aPreCheckChunkOfFortyUsersIsReadWithOneFilteredCall() {
        Map<String, OnlineUserReader.Read> reads = reader.read(upns(1, 40));

        assertEquals(1, calls.size(), calls.toString());
        String filter = String.valueOf(calls.get(0).parameters().get("Filter"));
        assertEquals(39, filter.split(" -or ").length - 1, filter);
        assertEquals(
                40, reads.values().stream().filter(r -> r.user().isPresent()).count());
    }

    @Test
    void ninetyUsersTakeThreeFilteredCalls() {
        reader.read(upns(1, 90));

        assertEquals(3, calls.size(), calls.toString());
    }

    @Test
    void aLongListReadSideBySideAnswersEveryUserInOrderWithTheSameCalls() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            Map<String, OnlineUserReader.Read> reads = reader.readAll(upns(1, 90), pool);

            assertEquals(upns(1, 90), new ArrayList<>(reads.keySet()));
            assertTrue(reads.values().stream().allMatch(r -> r.user().isPresent()), reads::toString);
            assertEquals(3, calls.size(), calls.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aUserTheFilteredOutputLeavesOutIsAskedWithIdentityAsThePageSays() {
        Scenario.USERS_PROVISIONING_MIXED.apply(world);

        Map<String, OnlineUserReader.Read> reads = reader.read(upns(1, 20));

        assertEquals(2, calls.size(), calls.toString());
        assertEquals("user00003@contoso.com", calls.get(1).parameters().get("Identity"));
        assertTrue(reads.get("user00003@contoso.com").user().isPresent());
        assertEquals(
                State.ATTRIBUTES_NOT_SYNCED,
                ProvisioningJudge.judge("user00003@contoso.com", reads.get("user00003@contoso.com"), Optional.empty())
                        .state());
        assertEquals(
                State.VALIDATION_ERRORS,
                ProvisioningJudge.judge("user00002@contoso.com", reads.get("user00002@contoso.com"), Optional.empty())
                        .state());
        assertEquals(
                State.READY,
                ProvisioningJudge.judge("user00009@contoso.com", reads.get("user00009@contoso.com"), Optional.empty())
                        .state());
    }

    @Test
    void aUpnWithAQuoteIsNeverPartOfAFilter() {
        Map<String, OnlineUserReader.Read> reads = reader.read(List.of("o'brien@contoso.com", "user00001@contoso.com"));

        assertTrue(calls.stream()
                .noneMatch(c -> String.valueOf(c.parameters().get("Filter")).contains("brien")));
        assertEquals(
                "o'brien@contoso.com", calls.get(calls.size() - 1).parameters().get("Identity"));
        assertTrue(reads.get("o'brien@contoso.com").user().isEmpty());
        assertTrue(reads.get("o'brien@contoso.com").failure().isEmpty(), "not found is an answer, not a failure");
    }

    private static List<String> upns(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> String.format("user%05d@contoso.com", i))
                .toList();
    }

    private static ReadRetry retry() {
        return new ReadRetry(new FailureClassifier(), (attempt, random) -> Duration.ofMillis(1));
    }

    private LyncShell recording(LyncShell shell) {
        return new LyncShell() {
            @Override
            public List<PsObject> run(CmdletCall call) {
                calls.add(call);
                return shell.run(call);
            }

            @Override
            public void close() {}
        };
    }
}
