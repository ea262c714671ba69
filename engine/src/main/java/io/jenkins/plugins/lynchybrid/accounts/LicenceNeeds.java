package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.graph.AssignedPlan;
import io.jenkins.plugins.lynchybrid.graph.GraphUser;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of Move-CsUser's licence checks a user moving online would fail (domain.md §4.4 U6, U7): the one judgement
 * the move's pre-checks and readiness both make.
 */
public final class LicenceNeeds {
    private LicenceNeeds() {}

    /** The bypasses {@code account} would need to move as {@code cloudUser} is licensed now; empty when none. */
    public static Set<Bypass> of(OnPremAccount account, GraphUser cloudUser, DialInPolicies dialIn) {
        Set<Bypass> needed = EnumSet.noneOf(Bypass.class);
        if (account.enterpriseVoiceEnabled() && !cloudUser.hasActivePlan(AssignedPlan.PHONE_SYSTEM)) {
            needed.add(Bypass.ENTERPRISE_VOICE);
        }
        if (dialIn.enabledFor(account) && !cloudUser.hasActivePlan(AssignedPlan.AUDIO_CONFERENCING)) {
            needed.add(Bypass.AUDIO_CONFERENCING);
        }
        return needed;
    }
}
