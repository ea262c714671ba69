package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.Bypass;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import java.util.Set;

/**
 * The pre-checks' decision for one user.
 *
 * @param identity the identity to move with (the SIP address Get-CsUser reported, when it found the user)
 * @param reason why the user is skipped or fails, with the fix; for a move, the bypasses it uses (else empty)
 * @param bypasses the licence checks Move-CsUser is told to skip for this user
 */
record Verdict(UserRef user, String identity, Decision decision, String reason, Set<Bypass> bypasses) {
    enum Decision {
        MOVE,
        SKIP,
        FAIL,
        /** An interrupted run's move had already reached the target: the user counts as moved, not skipped. */
        ALREADY_MOVED,
        /** The pre-checks could not run because nothing in the job can (see Failure.Kind.HALT): not attempted. */
        HALT
    }

    Verdict {
        bypasses = Set.copyOf(bypasses);
    }

    static Verdict move(UserRef user, String identity, Set<Bypass> bypasses) {
        return new Verdict(user, identity, Decision.MOVE, Bypass.note(bypasses), bypasses);
    }

    static Verdict skip(UserRef user, String identity, String reason) {
        return new Verdict(user, identity, Decision.SKIP, reason, Set.of());
    }

    static Verdict fail(UserRef user, String identity, String reason) {
        return new Verdict(user, identity, Decision.FAIL, reason, Set.of());
    }

    static Verdict halt(UserRef user, String reason) {
        return new Verdict(user, user.identity(), Decision.HALT, reason, Set.of());
    }

    /** {@code note} followed by this verdict's own reason, for the outcome of a user it let move. */
    String noted(String note) {
        if (reason.isEmpty()) {
            return note;
        }
        return note.isEmpty() ? reason : note + "; " + reason;
    }
}
