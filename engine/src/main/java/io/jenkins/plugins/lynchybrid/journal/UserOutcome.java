package io.jenkins.plugins.lynchybrid.journal;

import java.time.Instant;

/**
 * What happened to one user.
 *
 * @param user the user's key (the selection's {@code UserRef.key()})
 * @param identity the identity the move used
 * @param reason why the user was skipped or failed (with the fix), or a note for a moved user; may be empty
 * @param attempts Move-CsUser calls made for the user in this run
 * @param millis from the user's first look-up to its outcome
 */
public record UserOutcome(
        String user, String identity, Status status, String reason, int attempts, long millis, Instant finishedAt) {

    public enum Status {
        MOVED("moved"),
        SKIPPED("skipped"),
        FAILED("failed"),
        /** Dry run: every pre-check passed, the move was not made. */
        WOULD_MOVE("would-move");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Status parse(String id) {
            for (Status status : values()) {
                if (status.id.equals(id)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("unknown outcome '" + id + "'");
        }
    }
}
