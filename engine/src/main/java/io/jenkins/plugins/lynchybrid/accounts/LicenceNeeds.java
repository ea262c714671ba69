package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.graph.GraphUser;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of Move-CsUser's licence checks a user moving online would fail (domain.md §4.4 U6, U7): the one judgement
 * the move's pre-checks and readiness both make.
 */
public final class LicenceNeeds {
    private LicenceNeeds() {}

    /**
     * The bypasses {@code account} would need to move as {@code cloudUser} is licensed now, judged by the plans of
     * the tenant's cloud; empty when none.
     */
    public static Set<Bypass> of(
            OnPremAccount account, GraphUser cloudUser, DialInPolicies dialIn, LicencePlans plans) {
        Set<Bypass> needed = EnumSet.noneOf(Bypass.class);
        if (account.enterpriseVoiceEnabled() && !plans.phoneSystem(cloudUser)) {
            needed.add(Bypass.ENTERPRISE_VOICE);
        }
        if (dialIn.enabledFor(account) && !plans.audioConferencing(cloudUser)) {
            needed.add(Bypass.AUDIO_CONFERENCING);
        }
        return needed;
    }
}
