package io.jenkins.plugins.lynchybrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.JournalHeldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoveJournalTest {
    private static final Path PROC_FDS = Path.of("/proc/self/fd");
    private static final JobKey WAVE = new JobKey("contoso", "contoso.onmicrosoft.com", Home.ONLINE);
    private static final JobKey OTHER_SITE = new JobKey("fabrikam", WAVE.tenant(), Home.ONLINE);
    private static final String LEGACY = "{\"type\":\"job\",\"to\":\"online\"}\n"
            + "{\"type\":\"start\",\"user\":\"a@contoso.com\",\"identity\":\"sip:a@contoso.com\",\"attempt\":1}\n"
            + "{\"type\":\"outcome\",\"user\":\"a@contoso.com\",\"identity\":\"sip:a@contoso.com\","
            + "\"status\":\"moved\"}\n";

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private static UserOutcome outcome(String user, UserOutcome.Status status) {
        return new UserOutcome(user, "sip:" + user, status, "", 1, 10, Instant.now());
    }

    private MoveJournal open(Path file) {
        return MoveJournal.open(file, WAVE, notes::add);
    }

    @Test
    void aReadBackJournalKnowsItsJobAndEachUsersLastOutcome() {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = open(file)) {
            journal.jobStarted(Home.ONLINE);
            journal.finished(outcome("a@contoso.com", UserOutcome.Status.FAILED));
            journal.finished(outcome("a@contoso.com", UserOutcome.Status.MOVED));
            journal.finished(outcome("b@contoso.com", UserOutcome.Status.FAILED));
        }

        JournalState state = MoveJournal.read(file);

        assertEquals(Optional.of(WAVE), state.header());
        assertEquals(Optional.of(Home.ONLINE), state.target());
        assertTrue(state.recordedMoved("a@contoso.com"));
        assertFalse(state.finished("b@contoso.com"));
        assertFalse(state.recordedMoved("b@contoso.com"), "a failed user is not recorded moved");
        assertEquals(List.of(), notes);
    }

    @Test
    void everyStartedUserIsKnownWithThePoolTheyLeftWhateverTheirLastOutcome() {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = open(file)) {
            journal.moveStarting("a@contoso.com", "sip:a@contoso.com", 1, Optional.of("pool02.contoso.com"));
            journal.moveStarting("b@contoso.com", "sip:b@contoso.com", 1, Optional.of("pool01.contoso.com"));
            journal.finished(outcome("b@contoso.com", UserOutcome.Status.FAILED));
        }

        JournalState state = MoveJournal.read(file);

        assertEquals(Set.of("a@contoso.com"), state.interrupted());
        assertEquals(
                Map.of("a@contoso.com", "sip:a@contoso.com", "b@contoso.com", "sip:b@contoso.com"), state.started());
        assertEquals(
                Map.of("a@contoso.com", "pool02.contoso.com", "b@contoso.com", "pool01.contoso.com"), state.pools());
    }

    @Test
    void aJournalOfAnotherSiteIsRefused() {
        Path file = journalOfThisJob();

        ConfigurationException error =
                assertThrows(ConfigurationException.class, () -> MoveJournal.open(file, OTHER_SITE, notes::add));

        assertEquals(
                "journal " + file + " belongs to the job of site 'contoso', tenant contoso.onmicrosoft.com, moving"
                        + " users online; this job is site 'fabrikam', tenant contoso.onmicrosoft.com, moving users"
                        + " online: give this job its own journal",
                error.getMessage());
        try (MoveJournal journal = open(file)) {
            assertEquals(Optional.of(WAVE), journal.earlier().header(), "the refused open released the lock");
        }
    }

    private Path journalOfThisJob() {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = open(file)) {
            journal.jobStarted(Home.ONLINE);
        }
        return file;
    }

    @Test
    void aJournalWithoutHeaderIsReadWithAWarningAndBoundToTheJobThatOpensIt() throws IOException {
        Path file = Files.writeString(dir.resolve("old.jsonl"), LEGACY);

        try (MoveJournal journal = open(file)) {
            assertTrue(journal.earlier().recordedMoved("a@contoso.com"));
        }

        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("has no header"), notes.get(0));
        assertEquals(Optional.of(WAVE), MoveJournal.read(file).header());
        assertEquals(List.of(), MoveJournal.read(file).notes(), "bound now: no more warning");
    }

    @Test
    void aSecondOpenWhileTheFirstHoldsTheJournalIsRefusedNamingTheHolder() {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal first = open(file)) {
            JournalHeldException error = assertThrows(JournalHeldException.class, () -> open(file));

            assertTrue(error.holder().contains("pid " + ProcessHandle.current().pid()), error.holder());
            assertTrue(error.getMessage().startsWith("journal " + file + " is held by pid "), error.getMessage());
        }
        try (MoveJournal again = open(file)) {
            assertEquals(Optional.of(WAVE), again.earlier().header(), "the lock is released at close");
        }
    }

    @Test
    void aTornLastLineIsCutOffBeforeAppendingAndSaidSo() throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = open(file)) {
            journal.finished(outcome("a@contoso.com", UserOutcome.Status.MOVED));
        }
        Files.writeString(
                file, "{\"type\":\"outcome\",\"user\":\"b@con", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (MoveJournal journal = open(file)) {
            journal.finished(outcome("c@contoso.com", UserOutcome.Status.MOVED));
        }

        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("cut short by a run that died mid-write (31 bytes); cut off"), notes.get(0));
        JournalState state = MoveJournal.read(file);
        assertTrue(state.recordedMoved("c@contoso.com"));
        assertEquals(List.of(), state.notes());
        assertFalse(Files.readString(file).contains("b@con"));
    }

    @Test
    void aLineTornByAnEarlierVersionBeforeANewRunIsToleratedWithANote() throws IOException {
        Path file = Files.writeString(
                dir.resolve("old.jsonl"), LEGACY + "{\"type\":\"outcome\",\"user\":\"b@con\n" + LEGACY);

        JournalState state = MoveJournal.read(file);

        assertTrue(state.recordedMoved("a@contoso.com"));
        assertTrue(
                state.notes().get(0).contains(file + ":4 was cut short"),
                state.notes().toString());
    }

    @Test
    void aLastWholeLineWithoutItsNewlineCountsAndAppendingStartsANewLine() throws IOException {
        Path file = Files.writeString(dir.resolve("j.jsonl"), LEGACY.strip());

        try (MoveJournal journal = open(file)) {
            journal.finished(outcome("b@contoso.com", UserOutcome.Status.MOVED));
        }

        JournalState state = MoveJournal.read(file);
        assertTrue(state.recordedMoved("a@contoso.com"));
        assertTrue(state.recordedMoved("b@contoso.com"));
        assertEquals(Optional.of(WAVE), state.header(), "the header starts a line of its own");
        assertEquals(5, Files.readString(file).lines().count(), "three old lines, the header, b's outcome");
    }

    @Test
    void aDamagedLineInTheMiddleIsNamed() throws IOException {
        Path file = dir.resolve("j.jsonl");
        Files.writeString(
                file, "{\"type\":\"job\",\"to\":\"online\"}\nnot json\n{\"type\":\"job\",\"to\":\"online\"}\n");

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> MoveJournal.read(file));

        assertTrue(error.getMessage().contains(file + ":2"), error.getMessage());
    }

    @Test
    void invalidUtf8IsRefusedNamingTheFileAndLine() throws IOException {
        Path file = dir.resolve("j.jsonl");
        byte[] bad = "{\"type\":\"outcome\",\"user\":\"\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, LEGACY.getBytes(StandardCharsets.UTF_8));
        Files.write(file, bad, StandardOpenOption.APPEND);
        Files.writeString(file, LEGACY, StandardOpenOption.APPEND);

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> open(file));

        assertEquals(
                "journal " + file + ":4 is not valid UTF-8: the file was damaged or is not a journal",
                error.getMessage());
    }

    @Test
    void aFileThatIsNotAJournalIsNeverWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("users.csv"), "SipAddress\nsip:a@contoso.com\n");

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> open(file));

        assertEquals(
                "journal " + file + " is not a lync-hybrid journal (line 1 is not a journal line); give a new file or"
                        + " this job's journal",
                error.getMessage());
        assertEquals("SipAddress\nsip:a@contoso.com\n", Files.readString(file));
    }

    @Test
    void aJournalIsNeverWrittenThroughASymbolicLink() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep\n");
        Path link = Files.createSymbolicLink(dir.resolve("j.jsonl"), victim);

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> open(link));

        assertTrue(error.getMessage().contains(link + " is a symbolic link"), error.getMessage());
        assertEquals("keep\n", Files.readString(victim));
        assertThrows(ConfigurationException.class, () -> MoveJournal.read(link));
    }

    @Test
    void aNewJournalIsReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = open(file)) {
            journal.jobStarted(Home.ONLINE);
        }

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aJournalOfBothDirectionsIsRefused() throws IOException {
        Path file = dir.resolve("j.jsonl");
        Files.writeString(file, "{\"type\":\"job\",\"to\":\"online\"}\n{\"type\":\"job\",\"to\":\"onprem\"}\n");

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> MoveJournal.read(file));

        assertTrue(error.getMessage().contains("new journal"), error.getMessage());
    }

    @Test
    void aJobOfAnUnknownTargetIsRefusedNamingTheLine() throws IOException {
        Path file = dir.resolve("j.jsonl");
        Files.writeString(file, "{\"type\":\"job\",\"to\":\"mars\"}\n");

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> MoveJournal.read(file));

        assertEquals(
                "journal " + file + ":1: job target 'mars' is not one of online, onprem (or on-premises)",
                error.getMessage());
    }

    @Test
    void aRunsJobLineNamesItsTargetAndProcess() throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = open(file)) {
            journal.jobStarted(Home.ONLINE);
            assertEquals(file, journal.file());
        }

        List<String> lines = Files.readAllLines(file);

        assertEquals(2, lines.size(), lines.toString());
        assertEquals(
                "{\"type\":\"job\",\"at\":\"\",\"to\":\"online\",\"pid\":"
                        + ProcessHandle.current().pid() + "}",
                lines.get(1).replaceAll("\"at\":\"[^\"]*\"", "\"at\":\"\""));
    }

    @Test
    void everyEventIsWrittenAsItHappensAsOneLineOfItsType() throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = open(file)) {
            journal.jobStarted(Home.ONLINE);
            journal.preparing("a@contoso.com", "sip:a@contoso.com", 1, "Revoke-CsTeamsUpgradePolicy");
            journal.moveStarting("a@contoso.com", "sip:a@contoso.com", 1, Optional.of("pool01.contoso.com"));
            journal.finished(outcome("a@contoso.com", UserOutcome.Status.MOVED));
            journal.verifyStarted();
            journal.completed(new UserCompletion(
                    "a@contoso.com",
                    "sip:a@contoso.com",
                    UserCompletion.State.VERIFIED,
                    "TeamsOnly",
                    "Succeeded",
                    "",
                    Instant.now()));

            List<String> types = Files.readAllLines(file).stream()
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .toList();

            assertEquals(
                    List.of(
                            "{\"type\":\"journal\"",
                            "{\"type\":\"job\"",
                            "{\"type\":\"prepare\"",
                            "{\"type\":\"start\"",
                            "{\"type\":\"outcome\"",
                            "{\"type\":\"verify\"",
                            "{\"type\":\"completion\""),
                    types,
                    "each line is in the file before the journal is closed");
        }
    }

    @Test
    void aSettledReadIsRefusedWhileARunHoldsTheJournalAndReadsItAfterwards() {
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = open(file)) {
            journal.finished(outcome("a@contoso.com", UserOutcome.Status.MOVED));
            assertThrows(JournalHeldException.class, () -> MoveJournal.readSettled(file));
        }

        assertTrue(MoveJournal.readSettled(file).recordedMoved("a@contoso.com"));
    }

    @Test
    void aJobWithoutAJournalStartsFromNothing() {
        JournalState empty = JournalState.empty();

        assertEquals(Optional.empty(), empty.header());
        assertEquals(Optional.empty(), empty.target());
        assertFalse(empty.finished("a@contoso.com"));
        assertEquals(Map.of(), empty.started());
        assertEquals(List.of(), empty.notes());
    }

    @Test
    void aCutShortLineNotFollowedByANewRunIsRefusedNamingTheLine() throws IOException {
        Path file = Files.writeString(
                dir.resolve("old.jsonl"),
                LEGACY + "{\"type\":\"outcome\",\"user\":\"b@con\n"
                        + "{\"type\":\"outcome\",\"user\":\"c@contoso.com\",\"status\":\"moved\"}\n");

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> MoveJournal.read(file));

        assertTrue(error.getMessage().startsWith("journal " + file + ":4 is not a JSON line"), error.getMessage());
    }

    @Test
    void aCutShortLineBeforeBlankLinesAndANewRunIsTolerated() throws IOException {
        Path file = Files.writeString(
                dir.resolve("old.jsonl"), LEGACY + "{\"type\":\"outcome\",\"user\":\"b@con\n\n\n" + LEGACY);

        List<String> notes = MoveJournal.read(file).notes();

        assertTrue(notes.stream().anyMatch(n -> n.contains(file + ":4 was cut short")), notes.toString());
    }

    @Test
    void aCutShortLineAtTheEndOfTheMiddleIsNotTakenForARun() throws IOException {
        Path file = Files.writeString(dir.resolve("old.jsonl"), LEGACY + "{\"type\":\"outcome\",\"user\":\"b@con\n\n");

        assertThrows(ConfigurationException.class, () -> MoveJournal.read(file));
    }

    @Test
    void aJournalWithoutHeaderOfTheOtherDirectionIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("old.jsonl"), LEGACY);
        JobKey back = new JobKey(WAVE.site(), WAVE.tenant(), Home.ON_PREMISES);

        ConfigurationException error =
                assertThrows(ConfigurationException.class, () -> MoveJournal.open(file, back, notes::add));

        assertTrue(error.getMessage().contains("records moves online; this job moves onprem"), error.getMessage());
    }

    @Test
    void headersOfEverySchemaThisVersionKnowsAreReadAndNoOther() throws IOException {
        for (int schema : new int[] {1, JournalState.SCHEMA}) {
            Path file = Files.writeString(dir.resolve("s" + schema + ".jsonl"), header(schema));
            assertEquals(Optional.of(WAVE), MoveJournal.read(file).header(), "schema " + schema);
        }
        for (int schema : new int[] {0, JournalState.SCHEMA + 1}) {
            Path file = Files.writeString(dir.resolve("s" + schema + ".jsonl"), header(schema));
            ConfigurationException error =
                    assertThrows(ConfigurationException.class, () -> MoveJournal.read(file), "schema " + schema);
            assertTrue(error.getMessage().contains("schema " + schema + " is not one this version reads"));
        }
    }

    private static String header(int schema) {
        return "{\"type\":\"journal\",\"schema\":" + schema
                + ",\"site\":\"contoso\",\"tenant\":\"contoso.onmicrosoft.com\",\"to\":\"online\"}\n";
    }

    /**
     * A job that ends, or an open that is refused, leaves no file handle on the journal: a long-lived Jenkins
     * controller runs many jobs, and a leaked handle per job would keep deleted journals on disk and exhaust the
     * process's files. Seen through Linux's /proc/self/fd.
     */
    @Test
    void neitherAClosedJournalNorARefusedOpenLeavesAHandleOnTheFile() throws IOException {
        assumeTrue(Files.isDirectory(PROC_FDS), "needs Linux's /proc/self/fd");
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = open(file)) {
            assertEquals(1, handlesOn(file), "the open journal holds one handle");
        }
        assertEquals(0, handlesOn(file), "closed");

        assertThrows(ConfigurationException.class, () -> MoveJournal.open(file, OTHER_SITE, notes::add));

        assertEquals(0, handlesOn(file), "refused");
    }

    private static long handlesOn(Path file) throws IOException {
        Path real = file.toRealPath();
        try (Stream<Path> fds = Files.list(PROC_FDS)) {
            return fds.filter(fd -> {
                        try {
                            return Files.readSymbolicLink(fd).equals(real);
                        } catch (IOException e) {
                            return false; // closed while listing: not a handle on the journal
                        }
                    })
                    .count();
        }
    }

    /**
     * The journal's view of the disk: a clock the test moves by hand and a force that is counted (and, when told,
     * fails as a full or dying disk does). Forcing is invisible to every reader of the file, so this is how its
     * timing is seen.
     */
    private static final class Disk {
        private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
        private final AtomicInteger forces = new AtomicInteger();
        private volatile IOException failure;

        MoveJournal.Forcing forcing() {
            return new MoveJournal.Forcing(nanos::get, channel -> {
                if (failure != null) {
                    throw failure;
                }
                forces.incrementAndGet();
            });
        }

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }

        int forces() {
            return forces.get();
        }
    }

    private MoveJournal open(Path file, Disk disk) {
        return MoveJournal.open(file, WAVE, notes::add, disk.forcing());
    }

    private static void writeLines(MoveJournal journal, int count) {
        for (int i = 0; i < count; i++) {
            journal.moveStarting("u" + i + "@contoso.com", "sip:u" + i + "@contoso.com", 1, Optional.empty());
        }
    }

    @Test
    void theJournalIsForcedOnceSixtyFourLinesAreUnforcedAndNotBefore() {
        Disk disk = new Disk();
        try (MoveJournal journal = open(dir.resolve("j.jsonl"), disk)) {
            writeLines(journal, MoveJournal.FORCE_EVERY_LINES - 2); // with the header: 63 lines
            assertEquals(0, disk.forces(), "63 unforced lines");

            writeLines(journal, 1);
            assertEquals(1, disk.forces(), "the 64th line forces the group");

            writeLines(journal, MoveJournal.FORCE_EVERY_LINES - 1);
            assertEquals(1, disk.forces(), "the count starts again after a force");

            writeLines(journal, 1);
            assertEquals(2, disk.forces(), "the next group of 64");
        }
    }

    private static int forcesAfterALineComing(Duration later, MoveJournal journal, Disk disk) {
        disk.advance(later);
        writeLines(journal, 1);
        return disk.forces();
    }

    @Test
    void aLineComingAQuarterSecondOrMoreAfterTheLastForceIsForcedWithIt() {
        Disk disk = new Disk();
        try (MoveJournal journal = open(dir.resolve("j.jsonl"), disk)) {
            assertEquals(0, forcesAfterALineComing(Duration.ofMillis(249), journal, disk), "249 ms after the open");
            assertEquals(1, forcesAfterALineComing(Duration.ofMillis(1), journal, disk), "250 ms after the open");
            assertEquals(1, forcesAfterALineComing(Duration.ofMillis(249), journal, disk), "249 ms after the force");
            assertEquals(2, forcesAfterALineComing(Duration.ofMillis(1), journal, disk), "250 ms after the force");
        }
    }

    @Test
    void linesNoFurtherLineFollowsAreForcedByTheJobsTimerOnceAQuarterSecondHasPassed() {
        Disk disk = new Disk();
        try (MoveJournal journal = open(dir.resolve("j.jsonl"), disk)) {
            writeLines(journal, 1);
            disk.advance(Duration.ofMillis(249));
            journal.forceIfDue();
            assertEquals(0, disk.forces(), "249 ms after the last force");

            disk.advance(Duration.ofMillis(1));
            journal.forceIfDue();
            assertEquals(1, disk.forces(), "250 ms after the last force");

            disk.advance(MoveJournal.FORCE_EVERY);
            journal.forceIfDue();
            assertEquals(1, disk.forces(), "nothing written since that force");
        }
    }

    @Test
    void closingForcesTheLinesNotYetForced() {
        Disk disk = new Disk();
        MoveJournal journal = open(dir.resolve("j.jsonl"), disk);
        writeLines(journal, 3);
        assertEquals(0, disk.forces());

        journal.close();

        assertEquals(1, disk.forces());
    }

    @Test
    void closingRightAfterAForceDoesNotForceAgain() {
        Disk disk = new Disk();
        MoveJournal journal = open(dir.resolve("j.jsonl"), disk);
        writeLines(journal, MoveJournal.FORCE_EVERY_LINES - 1); // with the header: one group, forced
        assertEquals(1, disk.forces());

        journal.close();

        assertEquals(1, disk.forces(), "nothing was left unforced");
    }

    @Test
    void aLineThatCannotBeForcedStopsTheJobNamingTheJournal() {
        Disk disk = new Disk();
        Path file = dir.resolve("j.jsonl");
        try (MoveJournal journal = open(file, disk)) {
            disk.failure = new IOException("No space left on device");
            disk.advance(MoveJournal.FORCE_EVERY);

            UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> writeLines(journal, 1));

            assertEquals("journal " + file + " cannot be forced to disk: No space left on device", error.getMessage());
            disk.failure = null;
        }
    }

    /**
     * A journal whose last force fails at close says so, yet still lets go of the file and its lock: the failed job
     * must be resumable by the next run without restarting the controller.
     */
    @Test
    void aCloseThatCannotForceSaysSoAndStillReleasesTheLockAndTheFile() throws IOException {
        Disk disk = new Disk();
        Path file = dir.resolve("j.jsonl");
        MoveJournal journal = open(file, disk);
        journal.jobStarted(Home.ONLINE);
        disk.failure = new IOException("Input/output error");

        UncheckedIOException error = assertThrows(UncheckedIOException.class, journal::close);

        assertEquals("journal " + file + " cannot be forced to disk: Input/output error", error.getMessage());
        if (Files.isDirectory(PROC_FDS)) {
            assertEquals(0, handlesOn(file), "the channel is closed");
        }
        try (MoveJournal again = open(file)) {
            assertEquals(Optional.of(Home.ONLINE), again.earlier().target(), "the lock was released");
        }
    }
}
