package io.jenkins.plugins.lynchybrid.configure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;

/** The JSON form of a configure run (result.json): status, each change's outcome, replication, read-back. */
public final class ResultJson {
    private static final ObjectMapper JSON = ReportFiles.json();

    private ResultJson() {}

    public static ObjectNode of(ConfigureResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("site", result.site());
        node.put("dryRun", result.dryRun());
        node.put("status", result.status().name());
        result.error().ifPresent(e -> node.put("error", e));
        result.plan().ifPresent(p -> node.set("plan", PlanJson.of(p)));
        result.apply().ifPresent(a -> {
            ArrayNode outcomes = node.putArray("changes");
            for (ChangeOutcome outcome : a.changes()) {
                ObjectNode change = PlanJson.change(outcome.change());
                change.put("status", outcome.status().name());
                outcome.message().ifPresent(m -> change.put("message", m));
                outcomes.add(change);
            }
            a.replication().ifPresent(r -> {
                ObjectNode replication = node.putObject("replication");
                replication.put("upToDate", r.upToDate());
                replication.put("polls", r.polls());
                r.lagging().forEach(replication.putArray("lagging")::add);
                r.error().ifPresent(e -> replication.put("error", e));
            });
        });
        result.remaining().ifPresent(r -> node.set("remaining", PlanJson.changes(r.changes())));
        return node;
    }
}
