package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.accounts.DistinguishedName;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.failures.Backoff;
import java.time.Duration;
import java.util.List;

/**
 * How a move job runs.
 *
 * @param maxAttempts Move-CsUser calls per user at most (transient failures and throttling are retried)
 * @param retryDelay the first back-off; it doubles per attempt, with jitter, up to {@link #MAX_RETRY_DELAY}
 * @param excludedOus OUs (or containers) whose users, at any depth, are skipped
 * @param allowBypass whether users may move past Move-CsUser's licence checks: Enterprise Voice users without a Phone
 *     System licence with {@code -BypassEnterpriseVoiceCheck}, dial-in conferencing users without an Audio
 *     Conferencing licence with {@code -BypassAudioConferencingCheck} (Skype for Business Server only; Lync 2013
 *     has neither switch)
 */
public record MoveOptions(
        Home target,
        Parallelism parallelism,
        FailureBudget maxFailures,
        boolean dryRun,
        int maxAttempts,
        Duration retryDelay,
        List<DistinguishedName> excludedOus,
        boolean allowBypass) {
    public static final Duration MAX_RETRY_DELAY = Backoff.MAX_DELAY;

    public MoveOptions {
        excludedOus = List.copyOf(excludedOus);
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("max attempts " + maxAttempts + " is outside 1..20");
        }
    }

    public static MoveOptions to(Home target) {
        return new MoveOptions(
                target,
                Parallelism.auto(),
                FailureBudget.unlimited(),
                false,
                5,
                Backoff.DEFAULT_FIRST_DELAY,
                List.of(),
                false);
    }

    public MoveOptions withParallelism(Parallelism value) {
        return new MoveOptions(target, value, maxFailures, dryRun, maxAttempts, retryDelay, excludedOus, allowBypass);
    }

    public MoveOptions withMaxFailures(FailureBudget value) {
        return new MoveOptions(target, parallelism, value, dryRun, maxAttempts, retryDelay, excludedOus, allowBypass);
    }

    public MoveOptions withDryRun(boolean value) {
        return new MoveOptions(
                target, parallelism, maxFailures, value, maxAttempts, retryDelay, excludedOus, allowBypass);
    }

    public MoveOptions withRetries(int attempts, Duration delay) {
        return new MoveOptions(target, parallelism, maxFailures, dryRun, attempts, delay, excludedOus, allowBypass);
    }

    /** Each value must be a distinguished name ({@link DistinguishedName#parse}); a bare OU name is refused. */
    public MoveOptions withExcludedOus(List<String> value) {
        List<DistinguishedName> ous = value.stream()
                .map(ou -> DistinguishedName.parse(ou, "excluded OU"))
                .toList();
        return new MoveOptions(target, parallelism, maxFailures, dryRun, maxAttempts, retryDelay, ous, allowBypass);
    }

    public MoveOptions withAllowBypass(boolean value) {
        return new MoveOptions(target, parallelism, maxFailures, dryRun, maxAttempts, retryDelay, excludedOus, value);
    }

    /** The delay before attempt {@code attempt + 1}: exponential from {@link #retryDelay}, jittered ±20%. */
    public Duration backoff(int attempt, java.util.random.RandomGenerator random) {
        return Backoff.exponential(retryDelay).delay(attempt, random);
    }
}
