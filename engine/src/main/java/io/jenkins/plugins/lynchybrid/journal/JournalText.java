package io.jenkins.plugins.lynchybrid.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A journal's bytes as numbered lines, strictly UTF-8. The last line may lack its newline: when it is a whole JSON
 * object the process died between the line and its newline, and it counts; otherwise it was cut short mid-write (a
 * torn tail) and is set aside, its length kept so the next writer can cut it off.
 *
 * @param unterminated whether the last kept line has no newline (a writer must add one before appending)
 */
record JournalText(List<Line> lines, int tornBytes, boolean unterminated) {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Line(int number, String text) {
        /** The line as a JSON object, or empty when it is not one. */
        Optional<JsonNode> json() {
            try {
                JsonNode node = JSON.readTree(text);
                return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }
    }

    static JournalText decode(Path file, byte[] bytes) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                int lineNumber = number;
                String text = utf8(bytes, start, i)
                        .orElseThrow(() -> new ConfigurationException("journal " + file + ":" + lineNumber
                                + " is not valid UTF-8: the file was damaged or is not a journal"));
                lines.add(new Line(number, text));
                number++;
                start = i + 1;
            }
        }
        if (start == bytes.length) {
            return new JournalText(lines, 0, false);
        }
        Optional<Line> tail = utf8(bytes, start, bytes.length).map(text -> new Line(lines.size() + 1, text));
        if (tail.isPresent() && tail.get().json().isPresent()) {
            lines.add(tail.get());
            return new JournalText(lines, 0, true);
        }
        return new JournalText(lines, bytes.length - start, false);
    }

    private static Optional<String> utf8(byte[] bytes, int from, int to) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
