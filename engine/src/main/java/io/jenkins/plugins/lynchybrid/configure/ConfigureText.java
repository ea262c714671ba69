package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.shell.CommandLine;
import java.util.List;

/** Renders plans and configure runs as console text for build logs and terminals. */
public final class ConfigureText {
    private ConfigureText() {}

    public static String plan(Plan plan) {
        StringBuilder out = new StringBuilder();
        if (plan.isEmpty()) {
            return out.append("Plan for ")
                    .append(plan.site())
                    .append(": no changes; the hybrid configuration is as desired.\n")
                    .toString();
        }
        out.append("Plan for ")
                .append(plan.site())
                .append(", ")
                .append(flowName(plan.flow()))
                .append(": ")
                .append(plan.changes().size())
                .append(" change(s), applied in this order\n");
        List<Change> changes = plan.changes();
        for (int i = 0; i < changes.size(); i++) {
            out.append(String.format("%3d. ", i + 1))
                    .append(ChangeText.summary(changes.get(i)))
                    .append("\n       ")
                    .append(CommandLine.of(changes.get(i).call()))
                    .append('\n');
        }
        return out.toString();
    }

    public static String result(ConfigureResult result) {
        StringBuilder out = new StringBuilder();
        result.plan().ifPresent(p -> out.append(plan(p)));
        if (result.dryRun() && result.plan().isPresent()) {
            out.append("Dry run: nothing was changed.\n");
        }
        result.apply().ifPresent(apply -> {
            for (ChangeOutcome outcome : apply.changes()) {
                out.append(String.format("  [%s] ", outcome.status()))
                        .append(ChangeText.summary(outcome.change()))
                        .append('\n');
                outcome.message().ifPresent(m -> out.append("      ").append(m).append('\n'));
            }
            apply.replication()
                    .ifPresent(r -> out.append("  ").append(r.summary()).append('\n'));
        });
        out.append("Result: ").append(result.status());
        result.error().ifPresent(e -> out.append(": ").append(e));
        result.remaining().filter(Plan::isEmpty).ifPresent(r -> out.append(" (read back: no difference left)"));
        return out.append('\n').toString();
    }

    static String flowName(Flow flow) {
        return flow == Flow.LYNC_2013 ? "Lync Server 2013 flow" : "Skype for Business Server, Teams-era flow";
    }
}
