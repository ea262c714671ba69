package io.jenkins.plugins.lynchybrid.configure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.shell.CommandLine;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a plan (plan.json): a top-level {@code changes} array, each change with its resource,
 * property, from and to values, and the cmdlet and parameters that apply it.
 */
public final class PlanJson {
    private static final ObjectMapper JSON = ReportFiles.json();

    private PlanJson() {}

    public static ObjectNode of(Plan plan) {
        ObjectNode node = JSON.createObjectNode();
        node.put("site", plan.site());
        node.put("flow", plan.flow().name());
        node.put("empty", plan.isEmpty());
        node.set("changes", changes(plan.changes()));
        return node;
    }

    static ArrayNode changes(List<Change> changes) {
        ArrayNode array = JSON.createArrayNode();
        changes.forEach(c -> array.add(change(c)));
        return array;
    }

    static ObjectNode change(Change change) {
        ObjectNode node = JSON.createObjectNode();
        node.put("resource", change.resource().displayName());
        node.put("target", change.target());
        node.put("action", change.action().name().toLowerCase(java.util.Locale.ROOT));
        node.put("property", change.property());
        node.set("from", JSON.valueToTree(change.from()));
        node.set("to", JSON.valueToTree(change.to()));
        node.put("cmdlet", change.call().cmdlet());
        ObjectNode parameters = node.putObject("parameters");
        for (Map.Entry<String, Object> parameter : change.call().parameters().entrySet()) {
            parameters.set(parameter.getKey(), JSON.valueToTree(parameter.getValue()));
        }
        node.put("command", CommandLine.of(change.call()));
        return node;
    }
}
