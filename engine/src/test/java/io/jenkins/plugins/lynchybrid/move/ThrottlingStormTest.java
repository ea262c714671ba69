package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.byUser;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.graph.RetryPolicy;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults.UserFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * One run through a storm: 30% of moves throttled at random, a service that runs at most 6 moves at once (which
 * auto parallelism must find), and three users the hosted migration service refuses for good.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThrottlingStormTest {
    private static final int USERS = 120;
    private static final Set<String> REFUSED = Set.of(key(10), key(20), key(30));

    private Path reports;

    private MoveResult result;
    private Map<String, Integer> moveCounts;
    private Map<String, Integer> moveCalls;

    @BeforeAll
    void runThroughTheStorm(@TempDir Path dir) throws Exception {
        reports = dir;
        try (MoveFixture hybrid = new MoveFixture(USERS)) {
            // Graph's look-ups face the same 30% storm: as bounded as the moves' retries, so that exhausting them
            // (0.3^16 per user) cannot decide the outcome; Graph's default 8 attempts fail a user in about 1% of runs
            hybrid.graphRetries(new RetryPolicy(16, Duration.ofMillis(2), Duration.ofMillis(50)));
            hybrid.faults(f -> f.withThrottleRate(0.3)
                    .withCapacity(6)
                    .withLatency(Duration.ofMillis(5))
                    .withUserFailures(Map.of(
                            key(10), new UserFailure(UserFailure.Kind.FAULT_506, Integer.MAX_VALUE),
                            key(20), new UserFailure(UserFailure.Kind.FAULT_510, Integer.MAX_VALUE),
                            key(30), new UserFailure(UserFailure.Kind.FAULT_506, Integer.MAX_VALUE))));
            result = hybrid.run(
                    hybrid.users(1, USERS),
                    MoveOptions.to(Home.ONLINE)
                            .withRetries(16, Duration.ofMillis(2))
                            .withParallelism(Parallelism.auto()));
            moveCounts = hybrid.moveCounts();
            moveCalls = hybrid.moveCalls();
            MoveReports.write(result, reports);
        }
    }

    @Test
    void everyUserTheServiceAcceptsEndsMovedExactlyOnce() {
        byUser(result).forEach((user, outcome) -> {
            if (!REFUSED.contains(user)) {
                assertEquals(UserOutcome.Status.MOVED, outcome.status(), user + ": " + outcome.reason());
                assertEquals(1, moveCounts.get(user), user);
                // throttled calls are refused and retried by design; every call the service saw is one the job made
                // and counted, the last the one that moved the user, so no call came after the move
                assertEquals(outcome.attempts(), moveCalls.get(user), user);
            }
        });
        assertEquals(USERS - REFUSED.size(), result.count(UserOutcome.Status.MOVED));
    }

    @Test
    void refusedUsersFailWithTheServicesReasonAndTheFix() {
        Map<String, UserOutcome> outcomes = byUser(result);
        assertTrue(outcomes.get(key(10)).reason().contains("Error=(506)"));
        assertTrue(outcomes.get(key(20)).reason().contains("Error=(510)"));
        REFUSED.forEach(user -> {
            assertEquals(UserOutcome.Status.FAILED, outcomes.get(user).status());
            assertTrue(
                    outcomes.get(user).reason().contains("fix:"),
                    outcomes.get(user).reason());
        });
        assertEquals(1, result.exitCode());
    }

    @Test
    void theMovesJsonListsEachFailureWithItsReason() throws Exception {
        JsonNode json = new ObjectMapper()
                .readTree(reports.resolve(MoveReports.JSON_FILE).toFile());

        assertEquals(USERS - REFUSED.size(), json.path("counts").path("moved").asInt());
        assertEquals(REFUSED.size(), json.path("counts").path("failed").asInt());
        int failuresWithReasons = 0;
        for (JsonNode user : json.path("users")) {
            if (user.path("status").asText().equals("failed")) {
                assertTrue(user.path("reason").asText().contains("HostedMigration fault"), user.toString());
                failuresWithReasons++;
            }
        }
        assertEquals(REFUSED.size(), failuresWithReasons);
    }

    @Test
    void theJUnitReportHasOneTestcasePerUserAndFailuresCarryTheReason() throws Exception {
        String xml = Files.readString(reports.resolve(MoveReports.JUNIT_FILE));

        assertEquals(USERS, xml.split("<testcase ", -1).length - 1);
        assertTrue(xml.contains("failures=\"3\""), xml.substring(0, 200));
        assertTrue(xml.contains("<failure message=\"HostedMigration fault: Error=(510)"), xml);
    }

    @Test
    void theHtmlReportShowsCountsThroughputAndFailures() throws Exception {
        String html = Files.readString(reports.resolve(MoveReports.HTML_FILE));

        assertTrue(html.contains("<svg"));
        assertTrue(html.contains("Error=(506)"));
        assertTrue(html.contains("sip:user00020@contoso.com"));
        assertTrue(!html.contains("<script"), "self-contained and script-free");
    }

    @Test
    void theChartMarksEveryThrottlingAndShowsTheMovesInFlight() throws Exception {
        String html = Files.readString(reports.resolve(MoveReports.HTML_FILE));

        assertTrue(result.timeline().throttledAt().size() > 0, "a 30% storm throttles some moves");
        assertEquals(
                result.timeline().throttledAt().size(),
                html.split("stroke=\"#d13438\"", -1).length - 1,
                "one mark per throttling answer");
        assertTrue(
                html.contains("throttled by the service ("
                        + result.timeline().throttledAt().size() + ")"),
                html);
        assertTrue(html.contains("moves in flight (peak " + result.peakParallelism() + ")"), html);
    }

    @Test
    void theJUnitSuiteTimeIsTheJobsWallTimeNotTheSumOfParallelMoves() throws Exception {
        Element suite = (Element) DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(reports.resolve(MoveReports.JUNIT_FILE).toFile())
                .getElementsByTagName("testsuite")
                .item(0);
        double sumOfCases =
                result.outcomes().stream().mapToLong(UserOutcome::millis).sum() / 1000.0;

        // the attribute has millisecond precision: at most half a millisecond from the wall time
        assertEquals(result.wallTime().toNanos() / 1e9, Double.parseDouble(suite.getAttribute("time")), 0.0006);
        assertTrue(sumOfCases > result.wallTime().toMillis() / 1000.0, "parallel moves overlap");
    }
}
