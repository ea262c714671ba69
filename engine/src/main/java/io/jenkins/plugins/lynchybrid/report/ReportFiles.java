package io.jenkins.plugins.lynchybrid.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes report files whole or not at all (temp file, then atomic move), so a reader never sees half a report. */
public final class ReportFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFiles() {}

    public static ObjectMapper json() {
        return JSON;
    }

    public static Path writeText(Path directory, String name, String content) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(name);
        Path temp = Files.createTempFile(directory, "." + name, ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    public static Path writeJson(Path directory, String name, Object value) throws IOException {
        return writeText(directory, name, JSON.writeValueAsString(value) + "\n");
    }
}
