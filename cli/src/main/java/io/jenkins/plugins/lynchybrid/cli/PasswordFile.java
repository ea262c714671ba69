package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.ReadableFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the tenant admin password from a file (first line, without its line ending) straight into a char
 * array, so it never becomes a String, an argument or an environment variable.
 */
final class PasswordFile {
    private PasswordFile() {}

    static char[] read(Path file) {
        return read(file, "--password-file");
    }

    /** @param option the option that named the file, for errors (the path is not shown: it may be the secret) */
    static char[] read(Path file, String option) {
        // the path is not shown: "--password-file Passw0rd" is a natural mistake too
        ReadableFile.require(file, "the " + option);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the " + option + ": " + ReadableFile.reason(e));
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            if (end == 0) {
                throw new ConfigurationException("the " + option + " is empty: put the password on its first line");
            }
            char[] password = new char[end];
            chars.get(0, password, 0, end);
            Arrays.fill(chars.array(), '\0');
            return password;
        } catch (CharacterCodingException e) {
            throw new ConfigurationException("the " + option + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
