package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.byUser;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.key;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.failures.Failure;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults.UserFailure;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.InlineUserSource;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoveJobTest {

    @Test
    void movesEveryUserOnlineOnceAndVerifiesTheirHome() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(60)) {
            MoveResult result = hybrid.run(hybrid.users(1, 60), options(Home.ONLINE));

            assertEquals(60, result.count(UserOutcome.Status.MOVED));
            assertEquals(0, result.exitCode());
            assertTrue(IntStream.rangeClosed(1, 60).allMatch(hybrid::online));
            assertTrue(
                    hybrid.moveCalls().values().stream().allMatch(n -> n == 1),
                    hybrid.moveCalls().toString());
        }
    }

    @Test
    void usersAlreadyAtTheTargetAreSkippedNotFailed() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(10)) {
            hybrid.run(hybrid.users(1, 4), options(Home.ONLINE));

            MoveResult again = hybrid.run(hybrid.users(1, 10), options(Home.ONLINE));

            assertEquals(4, again.count(UserOutcome.Status.SKIPPED));
            assertEquals(6, again.count(UserOutcome.Status.MOVED));
            assertTrue(byUser(again).get(key(1)).reason().contains("already online"));
            assertEquals(0, again.exitCode());
            assertEquals(1, hybrid.moveCalls().get(key(1)));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "user-unlicensed, not licensed for Skype for Business Online",
        "user-not-synced, not synced from on-premises",
        "user-no-usage-location, no usage location"
    })
    void preChecksStopBrokenUsersBeforeTheyAreMovedAndNameTheFix(String scenario, String reason) throws Exception {
        try (MoveFixture hybrid = new MoveFixture(30, Scenario.byId(scenario))) {
            MoveResult result = hybrid.run(hybrid.users(1, 30), options(Home.ONLINE));

            List<String> broken = hybrid.world().read(w -> List.copyOf(w.brokenUsers()));
            Map<String, UserOutcome> outcomes = byUser(result);
            for (String user : broken) {
                assertEquals(UserOutcome.Status.FAILED, outcomes.get(user).status());
                assertTrue(
                        outcomes.get(user).reason().contains(reason),
                        outcomes.get(user).reason());
                assertTrue(
                        outcomes.get(user).reason().contains("fix:"),
                        outcomes.get(user).reason());
                assertEquals(0, hybrid.moveCalls().get(user));
            }
            assertEquals(30 - broken.size(), result.count(UserOutcome.Status.MOVED));
            assertEquals(1, result.exitCode());
        }
    }

    @Test
    void aUserMissingOnPremisesFailsWithoutStoppingTheOthers() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(5)) {
            UserSelection users = new InlineUserSource(
                            new IdentityRules(hybrid.site().sipDomains()))
                    .read(List.of(MoveFixture.sip(1), "sip:nobody@contoso.com", MoveFixture.sip(2)));

            MoveResult result = hybrid.run(users, options(Home.ONLINE));

            assertEquals(2, result.count(UserOutcome.Status.MOVED));
            assertTrue(byUser(result).get("nobody@contoso.com").reason().contains("not found on-premises"));
        }
    }

    @Test
    void aLostReplyNeverMovesTheUserTwice() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(20)) {
            hybrid.faults(f -> f.withUserFailures(Map.of(
                    key(3), new UserFailure(UserFailure.Kind.LOST_REPLY, 1),
                    key(7), new UserFailure(UserFailure.Kind.LOST_REPLY, Integer.MAX_VALUE))));

            MoveResult result = hybrid.run(hybrid.users(1, 20), options(Home.ONLINE));

            assertEquals(20, result.count(UserOutcome.Status.MOVED));
            assertEquals(1, hybrid.moveCalls().get(key(3)));
            assertEquals(1, hybrid.moveCalls().get(key(7)));
            assertTrue(
                    byUser(result).get(key(7)).reason().contains("reply"),
                    byUser(result).get(key(7)).reason());
        }
    }

    @Test
    void hostedMigrationFaultsFailAtTheirFirstAnswerWithTheDocumentedFix() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(20)) {
            hybrid.faults(f -> f.withUserFailures(Map.of(
                    key(1), new UserFailure(UserFailure.Kind.FAULT_507, 2),
                    key(2), new UserFailure(UserFailure.Kind.FAULT_506, Integer.MAX_VALUE),
                    key(3), new UserFailure(UserFailure.Kind.FAULT_510, Integer.MAX_VALUE))));

            MoveResult result = hybrid.run(hybrid.users(1, 20), options(Home.ONLINE));

            Map<String, UserOutcome> outcomes = byUser(result);
            assertEquals(UserOutcome.Status.FAILED, outcomes.get(key(1)).status());
            assertEquals(1, outcomes.get(key(1)).attempts(), "507 lasts until provisioning completes: not retried");
            assertTrue(
                    outcomes.get(key(1)).reason().contains("run the job again"),
                    outcomes.get(key(1)).reason());
            assertEquals(1, outcomes.get(key(2)).attempts());
            assertTrue(outcomes.get(key(2)).reason().contains("Error=(506)"));
            assertTrue(outcomes.get(key(2)).reason().contains("directory sync"));
            assertTrue(outcomes.get(key(3)).reason().contains("SharedSipAddressSpace $true"));
            assertEquals(
                    Map.of(key(1), 1, key(2), 1, key(3), 1),
                    Map.of(
                            key(1), hybrid.moveCalls().get(key(1)),
                            key(2), hybrid.moveCalls().get(key(2)),
                            key(3), hybrid.moveCalls().get(key(3))));
            assertEquals(17, result.count(UserOutcome.Status.MOVED));
            assertEquals(3, result.count(UserOutcome.Status.FAILED));
        }
    }

    @Test
    void maxFailuresStopsTheJobEarly() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(200)) {
            hybrid.faults(f -> f.withUserFailures(Map.of(
                    key(1), new UserFailure(UserFailure.Kind.FAULT_506, Integer.MAX_VALUE),
                    key(2), new UserFailure(UserFailure.Kind.FAULT_506, Integer.MAX_VALUE),
                    key(3), new UserFailure(UserFailure.Kind.FAULT_506, Integer.MAX_VALUE))));

            MoveResult result = hybrid.run(
                    hybrid.users(1, 200),
                    options(Home.ONLINE)
                            .withParallelism(Parallelism.fixed(1))
                            .withMaxFailures(FailureBudget.parse("1")));

            assertEquals(Optional.of("2 users failed, more than the failure limit of 1 allows"), result.stoppedEarly());
            assertTrue(result.notAttempted() > 0, "users left untried: " + result.notAttempted());
            assertEquals(200, result.outcomes().size() + result.notAttempted());
            assertEquals(1, result.exitCode());
        }
    }

    @Test
    void aDryRunChecksEveryoneAndMovesNobody() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(30, Scenario.USER_UNLICENSED)) {
            MoveResult result =
                    hybrid.run(hybrid.users(1, 30), options(Home.ONLINE).withDryRun(true));

            assertEquals(25, result.count(UserOutcome.Status.WOULD_MOVE));
            assertEquals(5, result.count(UserOutcome.Status.FAILED));
            assertTrue(hybrid.moveCalls().values().stream().allMatch(n -> n == 0));
        }
    }

    @Test
    void usersInAnExcludedOuAreSkipped() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(100)) {
            MoveResult result = hybrid.run(
                    hybrid.users(1, 100),
                    options(Home.ONLINE).withExcludedOus(List.of("OU=Executives,OU=Lync,DC=contoso,DC=com")));

            assertEquals(2, result.count(UserOutcome.Status.SKIPPED));
            assertTrue(byUser(result).get(key(50)).reason().contains("excluded OU"));
            assertFalse(hybrid.online(50));
        }
    }

    @Test
    void movesBackOnPremisesTargetThePool() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(10)) {
            hybrid.run(hybrid.users(1, 10), options(Home.ONLINE));

            MoveResult back = hybrid.run(hybrid.users(1, 10), options(Home.ON_PREMISES));

            assertEquals(10, back.count(UserOutcome.Status.MOVED));
            boolean allAtThePool = hybrid.world()
                    .read(w -> w.users().stream()
                            .allMatch(u -> !u.isOnline() && World.POOL_FQDN.equals(u.registrarPool())));
            assertTrue(allAtThePool);
        }
    }

    @Test
    void skypeForBusinessServer2019MovesWithTheCredentialAndWithoutSwitchesThatNoLongerDoAnything() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(3)) {
            HybridSite sfb2019 = hybrid.onSkypeForBusinessServer2019();

            MoveResult result = hybrid.run(hybrid.users(1, 1), options(Home.ONLINE), Optional.empty(), sfb2019);

            // the simulator's binder refuses a Move-CsUser without -Credential, so a move proves it was sent
            assertEquals(1, result.count(UserOutcome.Status.MOVED));
            Map<String, Object> parameters = hybrid.moveCalls(1).get(0);
            assertEquals(World.SIPFED, parameters.get("Target"));
            assertFalse(
                    parameters.containsKey("MoveToTeams") || parameters.containsKey("UseOAuth"), parameters.toString());
            assertTrue(
                    byUser(result)
                            .get(key(1))
                            .reason()
                            .startsWith("Move-CsUser -Identity 'sip:user00001@contoso.com' -Target '" + World.SIPFED
                                    + "' -Credential $credential"),
                    byUser(result).get(key(1)).reason());
        }
    }

    @Test
    void aCancelledJobFinishesItsMovesInFlightAndTheNextRunMovesTheRestOnce(@TempDir Path dir) throws Exception {
        try (MoveFixture hybrid = new MoveFixture(60)) {
            hybrid.faults(f -> f.withLatency(Duration.ofMillis(40)));
            Path journal = dir.resolve("moves.jsonl");
            MoveOptions twoAtOnce = options(Home.ONLINE).withParallelism(Parallelism.fixed(2));
            AtomicReference<MoveJob> job = new AtomicReference<>();
            job.set(hybrid.job(twoAtOnce, Optional.of(journal), new CancelAfter(5, job)));

            MoveResult cancelled = job.get().run(hybrid.users(1, 60));

            assertEquals(Optional.of("stopped by the pipeline"), cancelled.stoppedEarly());
            assertTrue(cancelled.notAttempted() > 0, "users left for the next run: " + cancelled.notAttempted());
            MoveResult rest = hybrid.run(hybrid.users(1, 60), twoAtOnce, Optional.of(journal));
            assertEquals(0, rest.exitCode());
            assertTrue(IntStream.rangeClosed(1, 60).allMatch(hybrid::online));
            assertTrue(
                    hybrid.moveCalls().values().stream().allMatch(n -> n == 1),
                    hybrid.moveCalls().toString());
        }
    }

    /** Cancels the job once {@code after} users are done, as a pipeline's stop would mid-batch. */
    private record CancelAfter(int after, AtomicReference<MoveJob> job, AtomicInteger done) implements MoveListener {
        CancelAfter(int after, AtomicReference<MoveJob> job) {
            this(after, job, new AtomicInteger());
        }

        @Override
        public void started(int users, MoveOptions options) {}

        @Override
        public void userDone(UserOutcome outcome, Progress progress) {
            if (done.incrementAndGet() == after) {
                job.get().cancel("stopped by the pipeline");
            }
        }

        @Override
        public void retry(String user, int attempt, Failure failure, Duration delay) {}

        @Override
        public void finished(MoveResult result) {}
    }
}
