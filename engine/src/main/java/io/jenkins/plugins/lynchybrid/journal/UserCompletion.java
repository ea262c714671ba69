package io.jenkins.plugins.lynchybrid.journal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.time.Instant;

/**
 * Where one moved user stands after the move: verified (TeamsOnly, the online account provisioned, meetings
 * migrated), pending (the service is still working on it) or failed (with the reason and the fix). Recorded in the
 * wave's journal as a {@code completion} line (docs/move.md).
 *
 * @param user the user's key, as the journal's {@code start} and {@code outcome} lines name it
 * @param identity the identity the move used, and the cloud look-ups use
 * @param mode the user's effective coexistence mode as Get-CsOnlineUser shows it; empty when not read
 * @param meetings the user's meeting migration state as Get-CsMeetingMigrationStatus shows it; empty when none
 * @param reason what is missing, failed or still running, with the fix for a failure; empty when verified
 */
public record UserCompletion(
        String user, String identity, State state, String mode, String meetings, String reason, Instant at) {

    public enum State {
        VERIFIED("verified"),
        PENDING("pending"),
        FAILED("failed");

        private final String id;

        State(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static State parse(String id, String location) {
            for (State state : values()) {
                if (state.id.equals(id)) {
                    return state;
                }
            }
            throw new ConfigurationException(
                    "journal " + location + ": completion state '" + id + "' is not verified, pending or failed");
        }
    }

    /** Whether nothing but the time differs: a re-check that found the same is not journaled again. */
    public boolean sameAs(UserCompletion other) {
        return other != null
                && state == other.state
                && mode.equals(other.mode)
                && meetings.equals(other.meetings)
                && reason.equals(other.reason);
    }

    static UserCompletion read(JsonNode line, String user, String location) {
        return new UserCompletion(
                user,
                line.path("identity").asText(user),
                State.parse(line.path("state").asText(), location),
                line.path("mode").asText(""),
                line.path("meetings").asText(""),
                line.path("reason").asText(""),
                JournalState.Builder.at(line).orElse(Instant.EPOCH));
    }
}
