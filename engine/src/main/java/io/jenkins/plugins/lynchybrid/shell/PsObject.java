package io.jenkins.plugins.lynchybrid.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One object a cmdlet returned, as its properties (the host serialises {@code Select-Object *}). */
public record PsObject(ObjectNode properties) {

    public Optional<String> text(String name) {
        JsonNode value = properties.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /** PowerShell booleans arrive as JSON booleans; older hosts may send "True"/"False". */
    public Optional<Boolean> flag(String name) {
        JsonNode value = properties.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asText()));
    }

    public List<String> texts(String name) {
        JsonNode value = properties.get(name);
        List<String> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> values.add(v.asText()));
        } else if (value != null && !value.isNull() && !value.asText().isEmpty()) {
            values.add(value.asText());
        }
        return values;
    }
}
