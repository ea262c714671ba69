package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.MeetingMigration;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tenant's side of a user after a move, as the Teams module shows it: Get-CsMeetingMigrationStatus (the Meeting
 * Migration Service's work). The online account itself is {@link OnlineUserCmdlets}.
 */
final class CompletionCmdlets {
    private static final List<String> STATES = List.of("Pending", "InProgress", "Failed", "Succeeded");

    private CompletionCmdlets() {}

    /**
     * Get-CsMeetingMigrationStatus: one user's migration (-Identity), or every migration, narrowed by -State and by
     * -StartTime/-EndTime on CreateDate; -SummaryOnly gives a State and UserCount object per state, as the MMS
     * article shows it. A user without a migration gives no object.
     */
    static List<ObjectNode> getCsMeetingMigrationStatus(World world, Parameters p) {
        Instant now = world.now();
        List<MeetingMigration> migrations = new ArrayList<>();
        if (p.has("Identity")) {
            String identity = p.required("Identity");
            OnPremUser user =
                    UserCmdlets.find(world, identity).orElseThrow(() -> CmdletError.notFound(p.cmdlet(), identity));
            world.meetingMigration(user).ifPresent(migrations::add);
        } else {
            migrations.addAll(world.meetingMigrations());
        }
        Optional<String> state = p.text("State").map(s -> state(p, s));
        Optional<Instant> from = p.text("StartTime").map(t -> time(p, "StartTime", t));
        Optional<Instant> to = p.text("EndTime").map(t -> time(p, "EndTime", t));
        List<MeetingMigration> selected = migrations.stream()
                .filter(m -> state.isEmpty() || state.get().equals(m.state(now)))
                .filter(m -> from.isEmpty() || !m.created().isBefore(from.get()))
                .filter(m -> to.isEmpty() || !m.created().isAfter(to.get()))
                .toList();
        if (p.isSet("SummaryOnly")) {
            Map<String, Integer> counts = new TreeMap<>();
            selected.forEach(m -> counts.merge(m.state(now), 1, Integer::sum));
            return STATES.stream()
                    .filter(counts::containsKey)
                    .map(s -> ObjectNodes.of(Map.of("State", s, "UserCount", counts.get(s))))
                    .toList();
        }
        return selected.stream().map(m -> ObjectNodes.of(m.asObject(now))).toList();
    }

    /** -State binds to StateType: one of the page's four values, in any case. */
    private static String state(Parameters p, String value) {
        return STATES.stream()
                .filter(s -> s.equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> CmdletError.invalidArgument(
                        p.cmdlet(),
                        "Cannot bind parameter 'State'. Cannot convert value \"" + value
                                + "\" to type \"StateType\". Error: \"Unable to match the identifier name " + value
                                + " to a valid enumerator name. Specify one of the following enumerator names and try"
                                + " again: " + String.join(", ", STATES) + "\""));
    }

    /** A DateTime as PowerShell converts text: ISO 8601, or a date such as the article's "10/1/2018" (M/d/yyyy). */
    private static Instant time(Parameters p, String name, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notInstant) {
                String[] parts = value.split("/");
                try {
                    return LocalDate.of(
                                    Integer.parseInt(parts[2].trim()),
                                    Integer.parseInt(parts[0].trim()),
                                    Integer.parseInt(parts[1].trim()))
                            .atStartOfDay()
                            .toInstant(ZoneOffset.UTC);
                } catch (RuntimeException e) {
                    throw CmdletError.invalidArgument(
                            p.cmdlet(),
                            "Cannot bind parameter '" + name + "'. Cannot convert value \"" + value
                                    + "\" to type \"System.DateTime\".");
                }
            }
        }
    }
}
