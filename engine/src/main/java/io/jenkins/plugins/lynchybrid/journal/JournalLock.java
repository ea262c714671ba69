package io.jenkins.plugins.lynchybrid.journal;

import io.jenkins.plugins.lynchybrid.errors.JournalHeldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One run per journal: an exclusive lock on {@code <journal>.lock}, which also holds a line naming the holder (host,
 * pid, start time) for the run that is refused. The operating system drops the lock when the process dies, so a
 * killed run never blocks the next one; the file is left in place (deleting it would let two runs lock two files).
 */
final class JournalLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".lock");
    }

    /** Takes the lock or throws {@link JournalHeldException} naming who has it. Never waits. */
    static JournalLock acquire(Path journal) {
        Path file = lockFile(journal);
        FileChannel channel = null;
        try {
            channel = JournalFile.openForWriting(file, "journal lock");
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process holds it, for another job
            }
            if (lock == null) {
                String holder = new String(JournalFile.readAll(channel), StandardCharsets.UTF_8).strip();
                channel.close();
                throw new JournalHeldException(journal, holder.isEmpty() ? "another run that is starting" : holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new JournalLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("journal lock " + file + " cannot be taken: " + e.getMessage(), e);
        }
    }

    private static String holder() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this host";
        }
        ProcessHandle self = ProcessHandle.current();
        String since = self.info().startInstant().orElse(Instant.now()).toString();
        return "pid " + self.pid() + " on " + host + " (started " + since + ", locked " + Instant.now() + ")";
    }

    /** Clears the holder line and releases the lock. */
    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("journal lock cannot be released: " + e.getMessage(), e);
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing releases the lock; nothing more can be done about a failed close
            }
        }
    }
}
