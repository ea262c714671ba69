package io.jenkins.plugins.lynchybrid.errors;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Says in words why an input file cannot be read ("cannot read users.csv: no such file"), before a reader turns
 * the problem into an exception's class name or a bare path.
 */
public final class ReadableFile {
    private ReadableFile() {}

    /**
     * @param label how the message names the file: its path, or the option that gave it when the path itself
     *     must not be shown
     * @throws ConfigurationException when the file is missing, a folder, or not readable by this process
     */
    public static Path require(Path file, String label) {
        if (!Files.exists(file)) {
            throw cannotRead(label, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw cannotRead(label, "it is a folder, not a file");
        }
        if (!Files.isReadable(file)) {
            throw cannotRead(label, "permission denied");
        }
        return file;
    }

    /** The reason of an I/O failure in words, for a file that passed {@link #require} and failed later. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? "read failed" : e.getMessage();
    }

    private static ConfigurationException cannotRead(String label, String reason) {
        return new ConfigurationException("cannot read " + label + ": " + reason);
    }
}
