package io.jenkins.plugins.lynchybrid.verify;

import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.journal.UserCompletion;
import io.jenkins.plugins.lynchybrid.journal.UserCompletion.State;
import io.jenkins.plugins.lynchybrid.provisioning.OnlineUser;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Where one moved user stands: Get-CsOnlineUser for the online account and its effective mode, then
 * Get-CsMeetingMigrationStatus for the meetings. Only what Microsoft documents as a failure is one: a meeting
 * migration in state Failed (MMS has retried and given up), validation errors on the account, a disabled account.
 * Everything else that is not yet done (no account yet, a mode still changing, a migration pending or in progress,
 * no migration yet) is pending, and a later run looks again.
 */
final class CompletionCheck {
    /** The MMS article's steps for a failed migration. */
    static final String MEETING_FIX = "fix: run the Meeting Migration Tool for the user; if it still fails, have the"
            + " user create new Teams meetings or contact Microsoft support (Setting up the Meeting Migration Service)";

    private final LyncShell shell;

    CompletionCheck(LyncShell shell) {
        this.shell = shell;
    }

    UserCompletion check(String user, String identity) {
        Optional<OnlineUser> account;
        try {
            account = shell.run(Calls.getOnlineUser(identity)).stream()
                    .findFirst()
                    .map(OnlineUser::of);
        } catch (ShellException e) {
            if (!notFound(e)) {
                return unread(user, identity, e);
            }
            account = Optional.empty();
        }
        if (account.isEmpty()) {
            return completion(
                    user,
                    identity,
                    State.PENDING,
                    "",
                    "",
                    "Get-CsOnlineUser does not find the online account yet (directory sync and provisioning can take"
                            + " a while after the move)");
        }
        OnlineUser cloud = account.get();
        String mode = cloud.teamsUpgradeEffectiveMode().orElse("");
        if (!cloud.validationErrors().isEmpty()) {
            return completion(
                    user,
                    identity,
                    State.FAILED,
                    mode,
                    "",
                    "the online account has validation errors (UserValidationErrors): "
                            + String.join("; ", cloud.validationErrors())
                            + "; fix: correct the attributes they name in the on-premises directory, let it sync,"
                            + " then verify again");
        }
        if (!cloud.accountEnabled()) {
            return completion(
                    user,
                    identity,
                    State.FAILED,
                    mode,
                    "",
                    "the online account is disabled (AccountEnabled is False); fix: enable the account, then verify"
                            + " again");
        }
        Optional<MeetingMigrationState> meetings;
        try {
            meetings = shell.run(Calls.getMeetingMigrationStatus(identity)).stream()
                    .map(MeetingMigrationState::of)
                    .reduce((first, later) -> later);
        } catch (ShellException e) {
            return unread(user, identity, e);
        }
        return judge(user, identity, cloud, mode, meetings);
    }

    private static UserCompletion judge(
            String user, String identity, OnlineUser cloud, String mode, Optional<MeetingMigrationState> meetings) {
        String meetingState = meetings.map(MeetingMigrationState::state).orElse("");
        if (meetings.isPresent() && meetings.get().failed()) {
            MeetingMigrationState m = meetings.get();
            return completion(
                    user,
                    identity,
                    State.FAILED,
                    mode,
                    meetingState,
                    "meeting migration failed"
                            + (m.failedMeetings() > 0
                                    ? " for " + m.failedMeetings() + " of " + m.totalMeetings() + " meetings"
                                    : "")
                            + (m.lastMessage().isEmpty() ? "" : ": " + m.lastMessage())
                            + " (after " + m.retryCount() + " retries); " + MEETING_FIX);
        }
        if (!cloud.teamsOnly()) {
            return completion(
                    user,
                    identity,
                    State.PENDING,
                    mode,
                    meetingState,
                    "effective mode is " + (mode.isEmpty() ? "not shown" : mode)
                            + ", not TeamsOnly yet (a user homed online is TeamsOnly once the move has taken effect)");
        }
        if (meetings.isEmpty()) {
            return completion(
                    user,
                    identity,
                    State.PENDING,
                    mode,
                    "",
                    "TeamsOnly; no meeting migration recorded yet (Get-CsMeetingMigrationStatus shows none)");
        }
        MeetingMigrationState m = meetings.get();
        if (m.succeeded()) {
            return completion(user, identity, State.VERIFIED, mode, meetingState, "");
        }
        return completion(
                user,
                identity,
                State.PENDING,
                mode,
                meetingState,
                "TeamsOnly; meeting migration " + meetingState
                        + (m.retryCount() > 0 && !m.lastMessage().isEmpty()
                                ? " (retry " + m.retryCount() + " after: " + m.lastMessage() + ")"
                                : ""));
    }

    private static UserCompletion unread(String user, String identity, ShellException e) {
        return completion(
                user,
                identity,
                State.PENDING,
                "",
                "",
                e.cmdlet() + " could not be read (" + e.serviceMessage() + "); the next look reads it again");
    }

    private static UserCompletion completion(
            String user, String identity, State state, String mode, String meetings, String reason) {
        return new UserCompletion(user, identity, state, mode, meetings, reason, Instant.now());
    }

    /** Get-CsOnlineUser answers an unknown identity with an ObjectNotFound error. */
    private static boolean notFound(ShellException e) {
        return e.kind() == ShellException.Kind.CMDLET_ERROR
                && ("ObjectNotFound".equalsIgnoreCase(e.category())
                        || e.serviceMessage().toLowerCase(Locale.ROOT).contains("not found"));
    }
}
