package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of users for readiness to pre-check: one user principal name (or SIP address) per line; blank lines
 * and lines starting with # are ignored, duplicates kept once, a leading {@code sip:} dropped.
 */
final class UserListFile {
    private UserListFile() {}

    static List<String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("--users " + file + " cannot be read: " + e.getMessage(), e);
        }
        Set<String> users = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String user = line.regionMatches(true, 0, "sip:", 0, 4) ? line.substring(4) : line;
            if (!user.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new ConfigurationException("--users " + file + " line " + (i + 1) + ": '" + line
                        + "' is not a user principal name such as user@contoso.com");
            }
            users.add(user);
        }
        if (users.isEmpty()) {
            throw new ConfigurationException("--users " + file + " names no user");
        }
        return new ArrayList<>(users);
    }
}
