package io.jenkins.plugins.lynchybrid.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.AccountReader;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.failures.ReadRetry;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The read-back of moved users against the simulated Management Shell: while moves go on a read waits for company
 * (a batch, or its oldest user's bound), when no move is coming it reads at once, and every queued user hears an
 * answer. Reads are handed to {@link Submitted}, run by the test, so "no read started" is seen, never waited for.
 */
class VerificationsTest {
    private static final Duration NEVER = Duration.ofHours(1);

    private final World world = new World(Verifications.GATHER + 5, "pw".toCharArray());
    private final AccountReader accounts = AccountReader.of(new InProcessLyncShell(world));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Submitted lookups = new Submitted();
    private final AtomicBoolean movesComing = new AtomicBoolean(true);

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void whileMovesGoOnAReadWaitsUntilABatchHasGathered() {
        Verifications verifications = verifications(accounts, lookups, NEVER);
        List<CompletableFuture<AccountReader.Read>> answers = new ArrayList<>();
        for (int i = 1; i < Verifications.GATHER; i++) {
            answers.add(queue(verifications, i));
        }
        assertEquals(0, lookups.size(), "no read starts for fewer than a batch while moves go on");

        answers.add(queue(verifications, Verifications.GATHER));
        lookups.runAll();

        assertEquals(1, world.shellCalls().of("Get-CsUser", "LdapFilter"));
        assertTrue(answers.stream().allMatch(a -> a.join().account().isPresent()));
    }

    @Test
    void aLoneLastMoveIsReadAtOnceWithoutWaitingForTheBound() {
        movesComing.set(false);
        Verifications verifications = verifications(accounts, lookups, NEVER);

        CompletableFuture<AccountReader.Read> answer = queue(verifications, 1);

        assertEquals(1, lookups.size(), "the read started when the user was queued");
        lookups.runAll();
        assertTrue(answer.join().account().isPresent());
    }

    @Test
    void theLastMoveEndingWithoutAUserToVerifyReadsTheUsersWaiting() {
        Verifications verifications = verifications(accounts, lookups, NEVER);
        List<CompletableFuture<AccountReader.Read>> answers = List.of(queue(verifications, 1), queue(verifications, 2));
        assertEquals(0, lookups.size());

        movesComing.set(false);
        verifications.moveEnded();
        lookups.runAll();

        assertEquals(1, world.shellCalls().of("Get-CsUser", "LdapFilter"));
        assertTrue(answers.stream().allMatch(a -> a.join().account().isPresent()));
    }

    @Test
    void aGatheringBatchIsReadOnceItsOldestUserHasWaitedTheBound() throws Exception {
        Duration bound = Duration.ofMillis(100);
        Verifications verifications = verifications(accounts, Runnable::run, bound);
        long start = System.nanoTime();

        List<CompletableFuture<AccountReader.Read>> answers = List.of(queue(verifications, 1), queue(verifications, 2));

        for (CompletableFuture<AccountReader.Read> answer : answers) {
            assertTrue(answer.get(60, TimeUnit.SECONDS).account().isPresent());
        }
        assertTrue(System.nanoTime() - start >= bound.toNanos(), "the read waited for the bound");
        assertEquals(1, world.shellCalls().of("Get-CsUser", "LdapFilter"));
    }

    @Test
    void everyQueuedUserHearsAFailureWhenTheReadItselfBreaks() {
        movesComing.set(false);
        AccountReader broken = new AccountReader(
                new LyncShell() {
                    @Override
                    public List<PsObject> run(CmdletCall call) {
                        throw new IllegalStateException("the host's reply could not be parsed");
                    }

                    @Override
                    public void close() {}
                },
                new ReadRetry(new FailureClassifier(), (attempt, random) -> Duration.ofMillis(1)));
        Verifications verifications = verifications(broken, lookups, NEVER);
        List<CompletableFuture<AccountReader.Read>> answers = List.of(queue(verifications, 1), queue(verifications, 2));

        lookups.runAll();

        for (CompletableFuture<AccountReader.Read> answer : answers) {
            String reason = answer.join().failure().orElseThrow().reason();
            assertTrue(reason.contains("the verification read broke"), reason);
        }
    }

    private Verifications verifications(AccountReader reader, Executor executor, Duration bound) {
        return new Verifications(reader, executor, timer, bound, movesComing::get);
    }

    private static CompletableFuture<AccountReader.Read> queue(Verifications verifications, int index) {
        CompletableFuture<AccountReader.Read> answer = new CompletableFuture<>();
        verifications.verify(MoveFixture.sip(index), answer::complete);
        return answer;
    }

    /** An executor that holds what it is given until the test runs it, on the test's thread. */
    private static final class Submitted implements Executor {
        private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int size() {
            return tasks.size();
        }

        void runAll() {
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                task.run();
            }
        }
    }
}
