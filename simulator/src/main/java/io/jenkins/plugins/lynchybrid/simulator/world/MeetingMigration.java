package io.jenkins.plugins.lynchybrid.simulator.world;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One user's meeting migration by the Meeting Migration Service (MMS), which Move-CsUser to the cloud triggers. As
 * Microsoft's MMS article (OfficeDocs-SkypeForBusiness,
 * Skype/SfbOnline/audio-conferencing-in-office-365/setting-up-the-meeting-migration-service-mms.md) describes it: it
 * "typically takes about 2 hours", and on an error MMS "will periodically retry up to 9 times over the span of 24
 * hours"; Get-CsMeetingMigrationStatus shows State Pending, InProgress, Failed or Succeeded and, for a failure,
 * LastMessage, "the specific error that was reported". How long a migration waits before it starts is not
 * documented: here {@link #QUEUED} of the simulated clock.
 */
public final class MeetingMigration {
    public static final Duration QUEUED = Duration.ofMinutes(10);
    public static final Duration TYPICAL = Duration.ofHours(2);
    public static final int RETRIES = 9;
    public static final Duration RETRY_SPAN = Duration.ofHours(24);

    private final String correlationId = UUID.randomUUID().toString();
    private final String userId;
    private final String userPrincipalName;
    private final Instant created;
    private final int totalMeetings;
    private final String failure;

    /** @param failure the error MMS meets on every attempt (simulator wording: no page gives one); null to succeed */
    MeetingMigration(String userId, String userPrincipalName, Instant created, int totalMeetings, String failure) {
        this.userId = userId;
        this.userPrincipalName = userPrincipalName;
        this.created = created;
        this.totalMeetings = totalMeetings;
        this.failure = failure;
    }

    public String userPrincipalName() {
        return userPrincipalName;
    }

    public Instant created() {
        return created;
    }

    public String state(Instant now) {
        Duration elapsed = Duration.between(created, now);
        if (elapsed.compareTo(QUEUED) < 0) {
            return "Pending";
        }
        if (elapsed.compareTo(TYPICAL) < 0 || (failure != null && retries(elapsed) < RETRIES)) {
            return "InProgress";
        }
        return failure == null ? "Succeeded" : "Failed";
    }

    private static int retries(Duration elapsed) {
        if (elapsed.compareTo(TYPICAL) < 0) {
            return 0;
        }
        long every = RETRY_SPAN.toMillis() / RETRIES;
        return (int) Math.min(RETRIES, elapsed.minus(TYPICAL).toMillis() / every + 1);
    }

    /** The object Get-CsMeetingMigrationStatus writes, with the properties of the page's sample (NOTES). */
    public Map<String, Object> asObject(Instant now) {
        String state = state(now);
        Duration elapsed = Duration.between(created, now);
        boolean failing = failure != null && elapsed.compareTo(TYPICAL) >= 0;
        int failed = failing ? Math.max(1, totalMeetings / 3) : 0;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("CorrelationId", correlationId);
        o.put("CreateDate", created.toString());
        o.put("FailedMeeting", failed);
        o.put("InvitesUpdate", state.equals("Succeeded") ? totalMeetings : totalMeetings - failed);
        o.put("LastMessage", failing ? failure : "");
        o.put("MigrationType", "SfbToTeams");
        o.put("ModifiedDate", (state.equals("Pending") ? created : now).toString());
        o.put("RetryCount", failing ? retries(elapsed) : 0);
        o.put("State", state);
        o.put(
                "SucceededMeeting",
                switch (state) {
                    case "Succeeded" -> totalMeetings;
                    case "Pending" -> 0;
                    default -> failing ? totalMeetings - failed : 0;
                });
        o.put("TotalMeeting", totalMeetings);
        o.put("UserId", userId);
        o.put("UserPrincipalName", userPrincipalName);
        return o;
    }
}
