package io.jenkins.plugins.lynchybrid.cli;

import static io.jenkins.plugins.lynchybrid.cli.CliRuns.sip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.MovePause;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journals across real CLI processes against one simulated hybrid (each test takes its own users): one run per
 * journal, re-runs that trust the live state, rollbacks that return every started user to their own pool, and
 * journals of another job refused. "Moved once" is counted in Move-CsUser calls the simulated service received.
 */
class JournalRunsTest {
    private static final char[] PASSWORD = ("Sim-" + UUID.randomUUID()).toCharArray();
    private static SimulatedHybrid hybrid;

    @TempDir
    Path dir;

    private CliRuns cli;

    @BeforeAll
    static void startHybrid() {
        hybrid = SimulatedHybrid.start(Scenario.HEALTHY, 200, PASSWORD, Faults.none());
        hybrid.world().change(w -> w.addRegistrarPool(World.SECOND_POOL_FQDN));
    }

    @AfterAll
    static void stopHybrid() {
        hybrid.close();
    }

    @BeforeEach
    void writeSite() throws Exception {
        hybrid.world().change(w -> w.faults(Faults.none()));
        cli = new CliRuns(hybrid, PASSWORD, dir);
    }

    @Test
    void aSecondRunOnAJournalInUseIsRefusedWithExitThreeAndEveryUserGetsOneMoveCall() throws Exception {
        // the first run's second move waits at the service until the second run has been refused
        MovePause pause = hybrid.world().read(w -> w.pauseMovesAfter(1));
        Path journal = dir.resolve("wave.jsonl");
        List<String> move = cli.move(
                "--users",
                cli.users(1, 40).toString(),
                "--to",
                "online",
                "--parallel",
                "2",
                "--journal",
                journal.toString());
        Process first = cli.start(move, dir.resolve("first.log"));
        assertTrue(pause.awaitHeld(Duration.ofMinutes(2)), "the first run sent no second Move-CsUser");

        int second = cli.run(dir.resolve("second.log"), move);
        pause.release();

        String refused = Files.readString(dir.resolve("second.log"));
        assertEquals(3, second, refused);
        assertTrue(refused.contains("journal " + journal + " is held by pid " + first.pid()), refused);
        assertEquals(0, CliRuns.finish(first, dir.resolve("first.log")), Files.readString(dir.resolve("first.log")));
        assertEquals(List.of(1), distinct(1, 40, OnPremUser::moveCalls), "Move-CsUser calls per user");
    }

    @Test
    void aRollbackAfterARefusedConcurrentRunReturnsEveryUserTheRunningOneMoved() throws Exception {
        MovePause pause = hybrid.world().read(w -> w.pauseMovesAfter(1));
        Path journal = dir.resolve("wave.jsonl");
        List<String> move = moveOnline(161, 180, journal);
        Process first = cli.start(move, dir.resolve("first.log"));
        assertTrue(pause.awaitHeld(Duration.ofMinutes(2)), "the first run sent no second Move-CsUser");
        assertEquals(3, cli.run(dir.resolve("second.log"), move), log("second.log"));
        pause.release();
        assertEquals(0, CliRuns.finish(first, dir.resolve("first.log")), log("first.log"));

        int rollback = cli.run(dir.resolve("back.log"), rollback(journal));

        assertEquals(0, rollback, log("back.log"));
        assertTrue(
                log("back.log").contains("rollback: 20 of 20 started users are back on-premises; 0 are not"),
                log("back.log"));
        assertEquals(List.of(false), distinct(161, 180, OnPremUser::isOnline));
        assertEquals(
                List.of(2),
                distinct(161, 180, OnPremUser::moveCalls),
                "one call online (the refused run made none), one back");
    }

    @Test
    void aRollbackReturnsUsersWhoseMoveRepliesWereLost() throws Exception {
        hybrid.world()
                .change(w -> w.faults(Faults.none()
                        .withUserFailures(Map.of(
                                key(43), new Faults.UserFailure(Faults.UserFailure.Kind.LOST_REPLY, Integer.MAX_VALUE),
                                key(44), new Faults.UserFailure(Faults.UserFailure.Kind.LOST_REPLY, 1)))));
        Path journal = dir.resolve("wave.jsonl");
        assertEquals(0, cli.run(dir.resolve("wave.log"), moveOnline(41, 45, journal)), log("wave.log"));
        hybrid.world().change(w -> w.faults(Faults.none()));

        int rollback = cli.run(dir.resolve("back.log"), rollback(journal));

        assertEquals(0, rollback, log("back.log"));
        assertTrue(log("back.log").contains("rollback: 5 of 5 started users are back on-premises; 0 are not"));
        assertEquals(List.of(false), distinct(41, 45, OnPremUser::isOnline));
        assertEquals(List.of(2), distinct(41, 45, OnPremUser::moveCalls), "one call online, one back");
    }

    @Test
    void aRollbackReturnsEachUserToTheirOwnPool() throws Exception {
        hybrid.world()
                .change(w -> IntStream.rangeClosed(54, 56)
                        .forEach(i -> w.homeOnPool(w.user(sip(i)).orElseThrow(), World.SECOND_POOL_FQDN)));
        Path journal = dir.resolve("wave.jsonl");
        assertEquals(0, cli.run(dir.resolve("wave.log"), moveOnline(51, 56, journal)), log("wave.log"));

        int rollback = cli.run(dir.resolve("back.log"), rollback(journal));

        assertEquals(0, rollback, log("back.log"));
        assertEquals(List.of(World.POOL_FQDN), distinct(51, 53, OnPremUser::registrarPool));
        assertEquals(List.of(World.SECOND_POOL_FQDN), distinct(54, 56, OnPremUser::registrarPool));
    }

    @Test
    void aRollbackThatCannotReturnEveryoneExitsOneNamingWhoIsNotBack() throws Exception {
        Path journal = dir.resolve("wave.jsonl");
        assertEquals(0, cli.run(dir.resolve("wave.log"), moveOnline(61, 63, journal)), log("wave.log"));
        Files.writeString(
                journal,
                "{\"type\":\"start\",\"user\":\"gone@contoso.com\",\"identity\":\"sip:gone@contoso.com\"}\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        int rollback = cli.run(dir.resolve("back.log"), rollback(journal));

        assertEquals(1, rollback, log("back.log"));
        assertTrue(
                log("back.log")
                        .contains("rollback: 3 of 4 started users are back on-premises; 1 are not (gone@contoso.com);"
                                + " 1 could not be found"),
                log("back.log"));
    }

    @Test
    void aReRunMovesAgainTheUsersMovedBackByHandSinceTheJournalSaidMoved() throws Exception {
        Path journal = dir.resolve("wave.jsonl");
        assertEquals(0, cli.run(dir.resolve("wave.log"), moveOnline(71, 76, journal)), log("wave.log"));
        hybrid.world()
                .change(w -> IntStream.rangeClosed(71, 72)
                        .forEach(i -> w.rehome(w.user(sip(i)).orElseThrow(), "SRV:", World.POOL_FQDN)));

        int rerun = cli.run(dir.resolve("rerun.log"), moveOnline(71, 76, journal));

        assertEquals(0, rerun, log("rerun.log"));
        assertEquals(List.of(true), distinct(71, 76, OnPremUser::isOnline));
        assertEquals(List.of(2), distinct(71, 72, OnPremUser::moveCalls));
        assertEquals(List.of(1), distinct(73, 76, OnPremUser::moveCalls), "users still online are only read");
    }

    @Test
    void aJournalOfAnotherJobIsRefusedWithExitTwoBeforeAnyMove() throws Exception {
        Path journal = Files.writeString(
                dir.resolve("other.jsonl"),
                "{\"type\":\"journal\",\"schema\":2,\"site\":\"fabrikam\",\"tenant\":\"fabrikam.onmicrosoft.com\","
                        + "\"to\":\"online\"}\n");

        int exit = cli.run(dir.resolve("other.log"), moveOnline(81, 82, journal));

        assertEquals(2, exit, log("other.log"));
        assertTrue(log("other.log").contains("give this job its own journal"), log("other.log"));
        assertEquals(List.of(0), distinct(81, 82, OnPremUser::moveCalls));
    }

    @Test
    void aJournalWithoutHeaderIsReadWithANoteAndItsMovedUsersAreCheckedAgain() throws Exception {
        Path journal = Files.writeString(
                dir.resolve("old.jsonl"),
                "{\"type\":\"job\",\"to\":\"online\"}\n"
                        + "{\"type\":\"outcome\",\"user\":\"user00091@contoso.com\",\"status\":\"moved\"}\n");

        int exit = cli.run(dir.resolve("old.log"), moveOnline(91, 92, journal));

        assertEquals(0, exit, log("old.log"));
        assertTrue(log("old.log").contains("note: journal " + journal + " has no header"), log("old.log"));
        assertEquals(List.of(true), distinct(91, 92, OnPremUser::isOnline), "the journal's word is checked");
    }

    @Test
    void withoutJournalOptionTheJobKeepsOneInTheWorkingDirectoryAndSaysWhere() throws Exception {
        int exit = cli.run(
                dir.resolve("default.log"),
                cli.move("--users", cli.users(101, 102).toString(), "--to", "online"));

        assertEquals(0, exit, log("default.log"));
        try (var files = Files.list(dir)) {
            Path journal = files.filter(f -> f.getFileName().toString().endsWith(".journal.jsonl"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(log("default.log").contains("journal: " + journal.toRealPath()), log("default.log"));
            assertTrue(Files.readString(journal).contains("\"user\":\"user00101@contoso.com\""));
        }
    }

    @Test
    void aJournalThatIsASymbolicLinkIsRefusedAndItsTargetUntouched() throws Exception {
        Path target = Files.writeString(dir.resolve("precious.txt"), "keep\n");
        Path link = Files.createSymbolicLink(dir.resolve("wave.jsonl"), target);

        int exit = cli.run(dir.resolve("link.log"), moveOnline(111, 111, link));

        assertEquals(2, exit, log("link.log"));
        assertTrue(log("link.log").contains("is a symbolic link"), log("link.log"));
        assertEquals("keep\n", Files.readString(target));
    }

    @Test
    void aTornLastLineIsCutOffSoTheReRunAndTheRollbackAfterItBothRun() throws Exception {
        Path journal = dir.resolve("wave.jsonl");
        assertEquals(0, cli.run(dir.resolve("wave.log"), moveOnline(121, 123, journal)), log("wave.log"));
        Files.writeString(journal, "{\"type\":\"outcome\",\"user\":\"user001", StandardOpenOption.APPEND);

        int rerun = cli.run(dir.resolve("rerun.log"), moveOnline(121, 123, journal));
        int rollback = cli.run(dir.resolve("back.log"), rollback(journal));

        assertEquals(0, rerun, log("rerun.log"));
        assertTrue(log("rerun.log").contains("cut off before appending"), log("rerun.log"));
        assertEquals(0, rollback, log("back.log"));
        assertEquals(List.of(false), distinct(121, 123, OnPremUser::isOnline));
    }

    @Test
    void aJournalWithBytesThatAreNotUtf8IsRefusedNamingTheLine() throws Exception {
        Path journal = dir.resolve("wave.jsonl");
        Files.write(
                journal,
                "{\"type\":\"job\",\"to\":\"online\"}\n{\"type\":\"outcome\",\"user\":\"\u00e9\"}\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        int exit = cli.run(dir.resolve("bad.log"), moveOnline(131, 131, journal));

        assertEquals(2, exit, log("bad.log"));
        assertTrue(log("bad.log").contains("journal " + journal + ":2 is not valid UTF-8"), log("bad.log"));
    }

    private List<String> moveOnline(int from, int to, Path journal) throws Exception {
        return cli.move("--users", cli.users(from, to).toString(), "--to", "online", "--journal", journal.toString());
    }

    private List<String> rollback(Path journal) {
        return cli.move(
                "--from-journal",
                journal.toString(),
                "--to",
                "onprem",
                "--journal",
                dir.resolve("back.jsonl").toString());
    }

    private String log(String name) throws Exception {
        return Files.readString(dir.resolve(name));
    }

    private static String key(int index) {
        return sip(index).substring(4);
    }

    /** The distinct values of {@code property} over users {@code from..to}. */
    private static <T> List<T> distinct(int from, int to, Function<OnPremUser, T> property) {
        return hybrid.world()
                .read(w -> IntStream.rangeClosed(from, to)
                        .mapToObj(i -> property.apply(w.user(sip(i)).orElseThrow()))
                        .distinct()
                        .toList());
    }
}
