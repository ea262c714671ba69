package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Conversions between the world's property maps and the JSON objects a cmdlet writes. */
final class ObjectNodes {
    static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNodes() {}

    static ObjectNode empty() {
        return JSON.createObjectNode();
    }

    static ObjectNode of(Map<String, Object> properties) {
        return JSON.valueToTree(properties);
    }

    static Object plain(JsonNode value) {
        return JSON.convertValue(value, Object.class);
    }
}
