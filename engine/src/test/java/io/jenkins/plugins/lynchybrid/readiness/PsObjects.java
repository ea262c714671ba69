package io.jenkins.plugins.lynchybrid.readiness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.Map;

/** Builds cmdlet output objects for pure-logic tests, with the property names the real cmdlets write. */
final class PsObjects {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PsObjects() {}

    static PsObject of(Map<String, ?> properties) {
        return new PsObject(JSON.valueToTree(properties));
    }

    static PsObject with(PsObject base, String property, Object value) {
        ObjectNode copy = base.properties().deepCopy();
        copy.set(property, JSON.valueToTree(value));
        return new PsObject(copy);
    }
}
