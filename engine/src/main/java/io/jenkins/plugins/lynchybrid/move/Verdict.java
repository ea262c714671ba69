package io.jenkins.plugins.lynchybrid.move;

/**
 * The pre-checks' decision for one user.
 *
 * @param identity the identity to move with (the SIP address Get-CsUser reported, when it found the user)
 * @param reason why the user is skipped or fails, with the fix; a note otherwise
 */
record Verdict(UserRef user, String identity, Decision decision, String reason, boolean bypassVoiceCheck) {
    enum Decision {
        MOVE,
        SKIP,
        FAIL,
        /** An interrupted run's move had already reached the target: the user counts as moved, not skipped. */
        ALREADY_MOVED
    }

    static Verdict move(UserRef user, String identity, boolean bypassVoiceCheck) {
        return new Verdict(user, identity, Decision.MOVE, "", bypassVoiceCheck);
    }

    static Verdict skip(UserRef user, String identity, String reason) {
        return new Verdict(user, identity, Decision.SKIP, reason, false);
    }

    static Verdict fail(UserRef user, String identity, String reason) {
        return new Verdict(user, identity, Decision.FAIL, reason, false);
    }
}
