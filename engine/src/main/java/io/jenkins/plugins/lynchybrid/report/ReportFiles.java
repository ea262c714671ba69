package io.jenkins.plugins.lynchybrid.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.text.HiddenCharacters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes report files whole or not at all, and only as files of their own. Each report is written to a new temporary
 * file in its directory (created exclusively, owner-only) and renamed over its name: a reader never sees half a
 * report, and a symbolic link planted at the report's name (a pull request controls a Jenkins workspace) is replaced,
 * never written through. The directory must be a real directory, not a link. Text is made well-formed first (an
 * unpaired surrogate from a host message becomes U+FFFD), so one odd character cannot lose a report.
 */
public final class ReportFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private ReportFiles() {}

    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * Makes sure reports can be written to {@code directory} before a job changes anything: it is created
     * (owner-only) when missing, and must then be a directory, not a symbolic link, in which a file can be created.
     * Otherwise a {@link ConfigurationException} names the directory and what is wrong with it.
     */
    public static Path prepareDirectory(Path directory) {
        try {
            createDirectory(directory);
        } catch (IOException e) {
            throw new ConfigurationException("report directory " + directory + " cannot be created: " + reason(e), e);
        }
        try {
            Files.deleteIfExists(Files.createTempFile(directory, ".lync-hybrid-check", ".tmp", ownerOnly()));
        } catch (IOException e) {
            throw new ConfigurationException(
                    "report directory " + directory + " is not writable: " + reason(e) + "; nothing was changed", e);
        }
        return directory;
    }

    public static Path writeText(Path directory, String name, String content) throws IOException {
        createDirectory(directory);
        Path target = directory.resolve(name);
        Path temp = Files.createTempFile(directory, "." + name, ".tmp", ownerOnly());
        try {
            Files.writeString(temp, HiddenCharacters.wellFormed(content), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    public static Path writeJson(Path directory, String name, Object value) throws IOException {
        return writeText(directory, name, JSON.writeValueAsString(value) + "\n");
    }

    /** Creates {@code directory} owner-only when missing; refuses a link or anything else that is no directory. */
    private static void createDirectory(Path directory) throws IOException {
        if (Files.isSymbolicLink(directory)) {
            throw new IOException("it is a symbolic link; reports are not written through links");
        }
        if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("it exists and is not a directory");
            }
            return;
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.createDirectory(directory, ownerOnlyDirectory());
    }

    private static FileAttribute<?>[] ownerOnly() {
        return POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] ownerOnlyDirectory() {
        return POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
                }
                : new FileAttribute<?>[0];
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                ? fs.getReason()
                : e.getMessage() + (e instanceof java.nio.file.AccessDeniedException ? " (permission denied)" : "");
    }
}
