package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.Bypass;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import java.util.Optional;
import java.util.Set;

/**
 * The pre-checks' decision for one user.
 *
 * @param identity the identity to move with (the SIP address Get-CsUser reported, when it found the user)
 * @param reason why the user is skipped or fails, with the fix; for a move, the bypasses it uses (else empty)
 * @param bypasses the licence checks Move-CsUser is told to skip for this user
 * @param fromPool the registrar pool a user moving online is homed on, recorded in the journal for a rollback
 */
record Verdict(
        UserRef user,
        String identity,
        Decision decision,
        String reason,
        Set<Bypass> bypasses,
        Optional<String> fromPool) {
    enum Decision {
        MOVE,
        SKIP,
        FAIL,
        /** An interrupted run's move had already reached the target: the user counts as moved, not skipped. */
        ALREADY_MOVED,
        /** The journal recorded the user moved and Get-CsUser shows them still at the target: nothing to do. */
        STILL_MOVED,
        /** The pre-checks could not run because nothing in the job can (see Failure.Kind.HALT): not attempted. */
        HALT
    }

    Verdict {
        bypasses = Set.copyOf(bypasses);
    }

    static Verdict move(UserRef user, String identity, Set<Bypass> bypasses) {
        return new Verdict(user, identity, Decision.MOVE, Bypass.note(bypasses), bypasses, Optional.empty());
    }

    static Verdict skip(UserRef user, String identity, String reason) {
        return new Verdict(user, identity, Decision.SKIP, reason, Set.of(), Optional.empty());
    }

    static Verdict fail(UserRef user, String identity, String reason) {
        return new Verdict(user, identity, Decision.FAIL, reason, Set.of(), Optional.empty());
    }

    static Verdict decided(UserRef user, String identity, Decision decision, String reason) {
        return new Verdict(user, identity, decision, reason, Set.of(), Optional.empty());
    }

    Verdict from(Optional<String> pool) {
        return new Verdict(user, identity, decision, reason, bypasses, pool);
    }

    /** This verdict with {@code note} before its reason. */
    Verdict withNote(String note) {
        return new Verdict(user, identity, decision, noted(note), bypasses, fromPool);
    }

    static Verdict halt(UserRef user, String reason) {
        return new Verdict(user, user.identity(), Decision.HALT, reason, Set.of(), Optional.empty());
    }

    /** {@code note} followed by this verdict's own reason, for the outcome of a user it let move. */
    String noted(String note) {
        if (reason.isEmpty()) {
            return note;
        }
        return note.isEmpty() ? reason : note + "; " + reason;
    }
}
