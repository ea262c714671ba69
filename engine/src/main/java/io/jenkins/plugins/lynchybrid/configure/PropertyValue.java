package io.jenkins.plugins.lynchybrid.configure;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.shell.PsObject;

/** Reads one property of a cmdlet's output as a plain value: Boolean, Number, String, or null when absent. */
final class PropertyValue {
    private PropertyValue() {}

    static Object of(PsObject object, String property) {
        JsonNode node = object.properties().get(property);
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
