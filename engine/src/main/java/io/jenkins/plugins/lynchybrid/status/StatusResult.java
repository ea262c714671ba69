package io.jenkins.plugins.lynchybrid.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One status across waves: the journals' counts (each user counted once, by the last wave that names it) and the
 * live state the shell reads now.
 *
 * @param moved users whose last recorded move succeeded
 * @param verified of those, the ones verified complete (TeamsOnly, provisioned, meetings migrated)
 * @param pending moved users not yet verified and not failed
 * @param failed users whose last move failed, or whose completion failed
 * @param online users the deployment shows homed online now (Get-CsUser)
 * @param onPremises users the deployment shows homed on-premises now: still to move
 * @param meetingMigrations the tenant's meeting migrations per state now (Get-CsMeetingMigrationStatus -SummaryOnly)
 * @param usersPerHour the measured rate over every wave's span; empty before anyone moved
 * @param timeLeft the on-premises users at that rate
 */
public record StatusResult(
        String site,
        Instant generatedAt,
        List<WaveSummary> waves,
        int moved,
        int verified,
        int pending,
        int failed,
        int online,
        int onPremises,
        Map<String, Integer> meetingMigrations,
        List<FailureCluster> clusters,
        Optional<Double> usersPerHour,
        Optional<Duration> timeLeft,
        List<String> notes) {}
