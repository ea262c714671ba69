package io.jenkins.plugins.lynchybrid.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * The append-only record of a move job, one JSON object per line, written and flushed to the file as each event
 * happens so a killed process loses nothing it did. Lines: {@code job} (a run began), {@code start} (a Move-CsUser
 * call is about to be made) and {@code outcome} (a user is finished). Reading it back gives a
 * {@link JournalState}; only the last line may be cut short (the process died mid-write) and it is ignored.
 */
public final class MoveJournal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final OutputStream out;

    private MoveJournal(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    /** Opens {@code file} for appending (creating it), after the caller has read any earlier state. */
    public static MoveJournal append(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            boolean endsMidLine = Files.exists(file) && Files.size(file) > 0 && !endsWithNewline(file);
            OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            MoveJournal journal = new MoveJournal(file, out);
            if (endsMidLine) {
                journal.write("\n");
            }
            return journal;
        } catch (IOException e) {
            throw new ConfigurationException("journal " + file + " cannot be opened for writing: " + e.getMessage(), e);
        }
    }

    public static JournalState read(Path file) {
        if (!Files.exists(file)) {
            return JournalState.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("journal " + file + " cannot be read: " + e.getMessage(), e);
        }
        JournalState.Builder state = new JournalState.Builder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                if (i == lines.size() - 1) {
                    break;
                }
                throw new ConfigurationException("journal " + file + ":" + (i + 1)
                        + " is not a JSON line (only the last line may be cut short)");
            }
            state.accept(node, file + ":" + (i + 1));
        }
        return state.build();
    }

    public synchronized void jobStarted(Home target) {
        ObjectNode line = line("job");
        line.put("to", target.id());
        emit(line);
    }

    public synchronized void moveStarting(String user, String identity, int attempt) {
        ObjectNode line = line("start");
        line.put("user", user);
        line.put("identity", identity);
        line.put("attempt", attempt);
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
    }

    private void write(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new ConfigurationException("journal " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (var channel = Files.newByteChannel(file)) {
            channel.position(channel.size() - 1);
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            channel.read(last);
            return last.get(0) == '\n';
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new ConfigurationException("journal " + file + " cannot be closed: " + e.getMessage(), e);
        }
    }
}
