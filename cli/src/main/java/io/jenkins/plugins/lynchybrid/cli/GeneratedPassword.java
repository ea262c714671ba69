package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/** A fresh tenant admin password for a simulated tenant, written to a file only its owner can read. */
final class GeneratedPassword {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-=?@";
    private static final int LENGTH = 24;

    private GeneratedPassword() {}

    /** Generates a password; when {@code file} is given, writes it there (mode 600) first. */
    static char[] create(Path file) {
        SecureRandom random = new SecureRandom();
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        if (file != null) {
            write(file, password);
        }
        return password;
    }

    private static void write(Path file, char[] password) {
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Files.createFile(
                    absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out =
                    Files.newBufferedWriter(absolute, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(password);
                out.write('\n');
            }
        } catch (UnsupportedOperationException e) {
            throw new ConfigurationException(
                    "--password-file " + file + ": this file system cannot restrict the file to its owner");
        } catch (IOException e) {
            throw new ConfigurationException("--password-file " + file + " cannot be written: " + e.getMessage());
        }
    }
}
