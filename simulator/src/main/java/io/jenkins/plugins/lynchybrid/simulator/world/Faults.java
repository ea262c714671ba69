package io.jenkins.plugins.lynchybrid.simulator.world;

import java.time.Duration;
import java.util.Map;

/**
 * What goes wrong, on purpose.
 *
 * @param latency added to every service call (Graph, token, cmdlet)
 * @param capacity how many Move-CsUser calls the hosted migration service runs at once; beyond it a move
 *     fails with a throttling fault (0 = unlimited)
 * @param throttleRate the share of Graph and move calls answered with throttling (0.0 to 1.0)
 * @param tokenLifetime lifetime of issued access tokens
 * @param crashAfter a shell host process dies after this many commands (0 = never)
 * @param userFailures per-user move failures, keyed by SIP address without prefix
 * @param serviceDown Microsoft's side is down: the token endpoint and Graph answer HTTP 503, a shell host's
 *     Connect-MicrosoftTeams and Move-CsUser fail with .NET's text for a 503; the on-premises side (Get-CsUser, AD
 *     FS, DNS) still answers
 * @param objectLatency added to a cmdlet's answer for each object it returns (the directory reading it, PowerShell
 *     serialising it), so one call returning a hundred users costs more than one returning one
 */
public record Faults(
        Duration latency,
        int capacity,
        double throttleRate,
        Duration tokenLifetime,
        int crashAfter,
        Map<String, UserFailure> userFailures,
        boolean serviceDown,
        Duration objectLatency) {

    public static Faults none() {
        return new Faults(Duration.ZERO, 0, 0.0, Duration.ofHours(1), 0, Map.of(), false, Duration.ZERO);
    }

    public Faults {
        userFailures = Map.copyOf(userFailures);
        if (throttleRate < 0 || throttleRate > 1) {
            throw new IllegalArgumentException("throttle rate " + throttleRate + " is outside 0..1");
        }
        if (capacity < 0 || crashAfter < 0) {
            throw new IllegalArgumentException("capacity and crash-after must not be negative");
        }
    }

    public Faults withLatency(Duration value) {
        return new Faults(
                value, capacity, throttleRate, tokenLifetime, crashAfter, userFailures, serviceDown, objectLatency);
    }

    public Faults withCapacity(int value) {
        return new Faults(
                latency, value, throttleRate, tokenLifetime, crashAfter, userFailures, serviceDown, objectLatency);
    }

    public Faults withThrottleRate(double value) {
        return new Faults(
                latency, capacity, value, tokenLifetime, crashAfter, userFailures, serviceDown, objectLatency);
    }

    public Faults withTokenLifetime(Duration value) {
        return new Faults(latency, capacity, throttleRate, value, crashAfter, userFailures, serviceDown, objectLatency);
    }

    public Faults withCrashAfter(int value) {
        return new Faults(
                latency, capacity, throttleRate, tokenLifetime, value, userFailures, serviceDown, objectLatency);
    }

    public Faults withUserFailures(Map<String, UserFailure> value) {
        return new Faults(
                latency, capacity, throttleRate, tokenLifetime, crashAfter, value, serviceDown, objectLatency);
    }

    public Faults withServiceDown(boolean value) {
        return new Faults(
                latency, capacity, throttleRate, tokenLifetime, crashAfter, userFailures, value, objectLatency);
    }

    public Faults withObjectLatency(Duration value) {
        return new Faults(latency, capacity, throttleRate, tokenLifetime, crashAfter, userFailures, serviceDown, value);
    }

    /**
     * A failure injected for one user's moves.
     *
     * @param kind what the service answers
     * @param times how many attempts fail before the move succeeds (Integer.MAX_VALUE = always)
     */
    public record UserFailure(Kind kind, int times) {
        public enum Kind {
            /** HostedMigration fault 506: attributes not synced. Permanent. */
            FAULT_506,
            /** HostedMigration fault 507: licence missing or still provisioning. Transient while times lasts. */
            FAULT_507,
            /** HostedMigration fault 510: shared SIP address space off. Permanent. */
            FAULT_510,
            /** The move happens, then the reply is lost: the caller sees a timeout-like transport error. */
            LOST_REPLY,
            /**
             * The hosted migration service's throttle in other words than the capacity throttle's: Microsoft
             * documents none (domain.md §4.8), so a client must know a throttle by its fault code, not its text.
             */
            THROTTLED_OTHER_WORDS,
            /** Move-CsUser reports success but the user stays where they were: only a read-back can tell. */
            SUCCESS_NOT_MOVED
        }
    }
}
