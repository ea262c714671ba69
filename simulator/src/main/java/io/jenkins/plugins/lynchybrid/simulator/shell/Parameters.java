package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.contract.BoundCall;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters one cmdlet call received, looked up case-insensitively as PowerShell binds them. Values stay
 * JSON data: nothing here ever interprets a value as code.
 */
final class Parameters {
    private final String cmdlet;
    private final Map<String, JsonNode> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, JsonNode> asGiven = new LinkedHashMap<>();

    private Parameters(String cmdlet, Map<String, JsonNode> arguments) {
        this.cmdlet = cmdlet;
        arguments.forEach((name, value) -> {
            byName.put(name, value);
            asGiven.put(name, value);
        });
    }

    /** The arguments the contract's binder accepted, under the parameters' own names. */
    static Parameters of(String cmdlet, BoundCall call) {
        return new Parameters(cmdlet, call.arguments());
    }

    /**
     * Binds {@code node} to a command outside the contract (PowerShell's own Get-Module and Get-Command, the
     * simulator's echo) that accepts {@code accepted} ({@code null}: any name), failing as PowerShell does on a
     * stray name.
     */
    static Parameters bind(String cmdlet, ObjectNode node, Set<String> accepted) {
        Map<String, JsonNode> given = new LinkedHashMap<>();
        if (node != null) {
            node.fields().forEachRemaining(e -> given.put(e.getKey(), e.getValue()));
        }
        Parameters parameters = new Parameters(cmdlet, given);
        for (String name : parameters.asGiven.keySet()) {
            if (accepted != null && accepted.stream().noneMatch(a -> a.equalsIgnoreCase(name))) {
                throw CmdletError.unknownParameter(cmdlet, name);
            }
        }
        return parameters;
    }

    String cmdlet() {
        return cmdlet;
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    Optional<String> text(String name) {
        JsonNode value = byName.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    String required(String name) {
        return text(name)
                .orElseThrow(() -> new CmdletError(
                        "InvalidArgument",
                        "Cannot process command because of one or more missing mandatory parameters: " + name + ".",
                        "MissingMandatoryParameter," + CmdletError.cmdletType(cmdlet)));
    }

    /** A switch is on when given as {@code true} (or given with no value, which JSON cannot express). */
    boolean isSet(String name) {
        JsonNode value = byName.get(name);
        return value != null && (value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asText()));
    }

    /** The parameters as given, without the credential, for the world's change record. */
    Map<String, Object> forRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        asGiven.forEach((name, value) -> {
            if (!name.toLowerCase(Locale.ROOT).equals("credential") && !value.isNull()) {
                record.put(name, ObjectNodes.plain(value));
            }
        });
        return record;
    }

    Map<String, JsonNode> asGiven() {
        return asGiven;
    }
}
