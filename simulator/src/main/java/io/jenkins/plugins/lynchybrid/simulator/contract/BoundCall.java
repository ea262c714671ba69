package io.jenkins.plugins.lynchybrid.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A call the binder accepted: the parameter set it resolved and each argument under the parameter's own name
 * (an alias or a case variant given by the caller is replaced by the name the page uses).
 */
public record BoundCall(String parameterSet, Map<String, JsonNode> arguments) {
    public BoundCall {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }
}
