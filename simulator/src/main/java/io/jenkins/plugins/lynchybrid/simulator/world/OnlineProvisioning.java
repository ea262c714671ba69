package io.jenkins.plugins.lynchybrid.simulator.world;

import java.util.HashMap;
import java.util.Map;

/**
 * How far the tenant has provisioned each synced user for Skype for Business Online, as Microsoft's pages describe
 * the states a move can meet. Users not named here are fully provisioned. Changed only under the world's lock.
 *
 * <ul>
 *   <li>{@link State#PENDING}: licensed, but the service has not finished provisioning the user; the hosted
 *       migration service refuses the move with fault 507 until it has ("This can require up to 30 minutes":
 *       SupportArticles-docs, move-csuser-hostedmigration-fault-507.md).
 *   <li>{@link State#VALIDATION_ERRORS}: Get-CsOnlineUser lists UserValidationErrors (Get-CsOnlineUser.md,
 *       "MCOValidationErrors renamed to UserValidationErrors"); the service refuses with fault 506 ("there appears
 *       to be a problem with this user account. Please verify the attribute settings": hostedmigration-fault-error-506.md).
 *   <li>{@link State#ATTRIBUTES_NOT_SYNCED}: the msRTCSIP attributes never reached the tenant (sync configured
 *       before the Lync schema extension), so OnPremHostingProvider is empty and the tenant believes the user is
 *       an online user; fault 506 (hostedmigration-fault-error-506.md).
 * </ul>
 */
public final class OnlineProvisioning {
    public enum State {
        PROVISIONED,
        PENDING,
        VALIDATION_ERRORS,
        ATTRIBUTES_NOT_SYNCED
    }

    private final Map<String, State> states = new HashMap<>();

    public State of(OnPremUser user) {
        return states.getOrDefault(World.key(user.sipAddress()), State.PROVISIONED);
    }

    public void set(OnPremUser user, State state) {
        String key = World.key(user.sipAddress());
        if (state == State.PROVISIONED) {
            states.remove(key);
        } else {
            states.put(key, state);
        }
    }
}
