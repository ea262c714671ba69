package io.jenkins.plugins.lynchybrid.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.JournalHeldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The append-only record of one move job, one JSON object per line (schema in docs/move.md): a {@code journal} header
 * naming the job, then {@code job} (a run began), {@code start} (a Move-CsUser call is about to be made) and
 * {@code outcome} (a user is finished). Each line is written to the file as the event happens, so a killed process
 * loses nothing it did; the file is forced to disk in groups ({@value #FORCE_EVERY_LINES} lines, or
 * {@link #FORCE_EVERY} after the last force: at the next line or at the job's {@link #forceIfDue}, whichever comes
 * first; and at close), so a power cut loses at most a group. While open, the journal is locked: a second run on it
 * is refused.
 */
public final class MoveJournal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int FORCE_EVERY_LINES = 64;
    public static final Duration FORCE_EVERY = Duration.ofMillis(250);

    private final Path file;
    private final FileChannel channel;
    private final JournalLock lock;
    private final JournalState earlier;
    private final Forcing forcing;
    private int unforcedLines;
    private long lastForceNanos;

    /**
     * How the journal's lines reach the disk, and the clock that times its groups. Production forces the channel and
     * reads {@link System#nanoTime()}; no reader of the file can tell a forced line from an unforced one (only a power
     * cut can), so tests give the journal their own force and clock to see when it forces.
     */
    record Forcing(LongSupplier nanoClock, Force force) {
        static final Forcing TO_DISK = new Forcing(System::nanoTime, channel -> channel.force(false));

        @FunctionalInterface
        interface Force {
            void force(FileChannel channel) throws IOException;
        }
    }

    private MoveJournal(Path file, FileChannel channel, JournalLock lock, JournalState earlier, Forcing forcing) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.earlier = earlier;
        this.forcing = forcing;
        this.lastForceNanos = forcing.nanoClock().getAsLong();
    }

    /**
     * Opens {@code file} for {@code job}: locks it (a {@link JournalHeldException} when another run holds it), reads
     * what earlier runs recorded (a {@link ConfigurationException} for a journal of another job, a file that is not a
     * journal, a link), cuts off a torn last line and writes the header a new or header-less journal lacks.
     *
     * @param notes told what was tolerated or repaired, for the job's output
     */
    public static MoveJournal open(Path file, JobKey job, Consumer<String> notes) {
        return open(file, job, notes, Forcing.TO_DISK);
    }

    static MoveJournal open(Path file, JobKey job, Consumer<String> notes, Forcing forcing) {
        JournalLock lock = JournalLock.acquire(file);
        FileChannel channel = null;
        try {
            channel = JournalFile.openForWriting(file, "journal");
            long size = channel.size();
            JournalText text = JournalText.decode(file, JournalFile.readAll(channel));
            JournalState earlier = JournalState.parse(file, text, "cut off before appending");
            earlier.requireJob(file, job);
            earlier.notes().forEach(notes);
            MoveJournal journal = new MoveJournal(file, channel, lock, earlier, forcing);
            if (text.tornBytes() > 0) {
                channel.truncate(size - text.tornBytes());
            }
            channel.position(channel.size());
            if (text.unterminated()) {
                journal.write("\n");
            }
            if (earlier.header().isEmpty()) {
                journal.header(job);
            }
            return journal;
        } catch (IOException e) {
            closeAfterFailure(channel, lock);
            throw new UncheckedIOException("journal " + file + " cannot be opened: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAfterFailure(channel, lock);
            throw e;
        }
    }

    /** What {@code file} records, without locking or changing it; empty when it does not exist. */
    public static JournalState read(Path file) {
        try {
            return JournalState.parse(file, JournalText.decode(file, JournalFile.readAll(file, "journal")), "ignored");
        } catch (IOException e) {
            throw new UncheckedIOException("journal " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@code file} while briefly holding its lock, so a journal another run is still writing is refused
     * ({@link JournalHeldException}) rather than read half-way.
     */
    public static JournalState readSettled(Path file) {
        try (JournalLock ignored = JournalLock.acquire(file)) {
            return read(file);
        }
    }

    /** What the journal recorded before this run opened it. */
    public JournalState earlier() {
        return earlier;
    }

    public Path file() {
        return file;
    }

    private void header(JobKey job) {
        ObjectNode line = line("journal");
        line.put("schema", JournalState.SCHEMA);
        line.put("site", job.site());
        line.put("tenant", job.tenant());
        line.put("to", job.direction().id());
        emit(line);
    }

    public synchronized void jobStarted(Home target) {
        ObjectNode line = line("job");
        line.put("to", target.id());
        line.put("pid", ProcessHandle.current().pid());
        emit(line);
    }

    /** @param fromPool the registrar pool the user is homed on before a move online, recorded for a rollback */
    public synchronized void moveStarting(String user, String identity, int attempt, Optional<String> fromPool) {
        ObjectNode line = line("start");
        line.put("user", user);
        line.put("identity", identity);
        line.put("attempt", attempt);
        fromPool.ifPresent(pool -> line.put("from", pool));
        emit(line);
    }

    /**
     * A call that changes the user online before their Move-CsUser is about to be sent (the Lync Server 2013
     * rollback's TeamsUpgradePolicy removal), written before it as a {@code start} line is.
     *
     * @param command the exact command line, as the reports show it
     */
    public synchronized void preparing(String user, String identity, int attempt, String command) {
        ObjectNode line = line(JournalState.PREPARE);
        line.put("user", user);
        line.put("identity", identity);
        line.put("attempt", attempt);
        line.put("command", command);
        emit(line);
    }

    public synchronized void finished(UserOutcome outcome) {
        ObjectNode line = line("outcome");
        line.put("user", outcome.user());
        line.put("identity", outcome.identity());
        line.put("status", outcome.status().id());
        line.put("reason", outcome.reason());
        line.put("attempts", outcome.attempts());
        line.put("ms", outcome.millis());
        emit(line);
    }

    /** A verification run began (docs/move.md: {@code verify}). */
    public synchronized void verifyStarted() {
        ObjectNode line = line("verify");
        line.put("pid", ProcessHandle.current().pid());
        emit(line);
    }

    /** Where a moved user stands after the move (docs/move.md: {@code completion}). */
    public synchronized void completed(UserCompletion completion) {
        ObjectNode line = line("completion");
        line.put("user", completion.user());
        line.put("identity", completion.identity());
        line.put("state", completion.state().id());
        line.put("mode", completion.mode());
        line.put("meetings", completion.meetings());
        line.put("reason", completion.reason());
        emit(line);
    }

    private static ObjectNode line(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", type);
        node.put("at", Instant.now().toString());
        return node;
    }

    private void emit(ObjectNode line) {
        try {
            write(JSON.writeValueAsString(line) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        unforcedLines++;
        if (unforcedLines >= FORCE_EVERY_LINES || forceIsDue()) {
            force();
        }
    }

    /**
     * Forces the lines written since the last force once {@link #FORCE_EVERY} has passed since it. A line forces its
     * group only when it comes, and a job whose moves take minutes writes few: without this its last outcomes could
     * stay unforced until the next line or the close. The move job calls it every {@link #FORCE_EVERY}.
     */
    public synchronized void forceIfDue() {
        if (unforcedLines > 0 && forceIsDue()) {
            force();
        }
    }

    private boolean forceIsDue() {
        return forcing.nanoClock().getAsLong() - lastForceNanos >= FORCE_EVERY.toNanos();
    }

    /** Write failures surface as {@link UncheckedIOException}: the job must stop, not carry on unrecorded. */
    private void write(String text) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("journal " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    private void force() {
        try {
            forcing.force().force(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("journal " + file + " cannot be forced to disk: " + e.getMessage(), e);
        }
        unforcedLines = 0;
        lastForceNanos = forcing.nanoClock().getAsLong();
    }

    /** Forces what is unforced to disk, then releases the lock. */
    @Override
    public synchronized void close() {
        try {
            if (unforcedLines > 0) {
                force();
            }
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("journal " + file + " cannot be closed: " + e.getMessage(), e);
            } finally {
                lock.close();
            }
        }
    }

    private static void closeAfterFailure(FileChannel channel, JournalLock lock) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the open already failed; that failure is the one reported
        } finally {
            lock.close();
        }
    }
}
