package io.jenkins.plugins.lynchybrid.verify;

import io.jenkins.plugins.lynchybrid.shell.PsObject;

/**
 * One user's meeting migration as Get-CsMeetingMigrationStatus shows it: State (the page's -State values Pending,
 * InProgress, Failed, Succeeded), LastMessage ("the specific error that was reported", the MMS article), RetryCount
 * and the meeting counts of the page's sample object.
 */
record MeetingMigrationState(String state, String lastMessage, int retryCount, int totalMeetings, int failedMeetings) {

    static MeetingMigrationState of(PsObject migration) {
        return new MeetingMigrationState(
                migration.text("State").orElse(""),
                migration.text("LastMessage").orElse("").strip(),
                number(migration, "RetryCount"),
                number(migration, "TotalMeeting"),
                number(migration, "FailedMeeting"));
    }

    private static int number(PsObject o, String name) {
        try {
            return Integer.parseInt(o.text(name).orElse("0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    boolean succeeded() {
        return state.equalsIgnoreCase("Succeeded");
    }

    boolean failed() {
        return state.equalsIgnoreCase("Failed");
    }
}
