package io.jenkins.plugins.lynchybrid.journal;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Opens journal files (and their lock files) safely: never through a symbolic link (a link planted where the journal
 * goes would make the job append to whatever it points at), only regular files, and new files readable by their owner
 * only, since a journal names every user of a wave.
 */
final class JournalFile {
    private JournalFile() {}

    /** Opens {@code file} for reading and writing, creating it (owner-only) and its folder when missing. */
    static FileChannel openForWriting(Path file, String what) throws IOException {
        refuseLinksAndSpecialFiles(file, what);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Set<OpenOption> options = Set.of(
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                StandardOpenOption.CREATE,
                LinkOption.NOFOLLOW_LINKS);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return FileChannel.open(
                    file, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return FileChannel.open(file, options);
    }

    /** The whole of {@code file}, read without following a link; empty when the file does not exist. */
    static byte[] readAll(Path file, String what) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new byte[0];
        }
        refuseLinksAndSpecialFiles(file, what);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return readAll(channel);
        }
    }

    static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("larger than 2 GB");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.position(0);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // read until full or end of file
        }
        return buffer.array();
    }

    private static void refuseLinksAndSpecialFiles(Path file, String what) {
        if (Files.isSymbolicLink(file)) {
            throw new ConfigurationException(
                    what + " " + file + " is a symbolic link; a journal is never read or written"
                            + " through a link: give the real file's path");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigurationException(what + " " + file + " is not a regular file");
        }
    }
}
