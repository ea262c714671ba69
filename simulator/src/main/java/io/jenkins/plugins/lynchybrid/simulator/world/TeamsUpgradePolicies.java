package io.jenkins.plugins.lynchybrid.simulator.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The on-premises TeamsUpgradePolicy instances and who holds which. Get-CsTeamsUpgradePolicy.md: "If you are using
 * Skype for Business Server, there are no built-in instances and you'll need to create one. Also, only the
 * NotifySfBUsers property is available." New-CsTeamsUpgradePolicy.md creates them (-Identity, -NotifySfbUsers,
 * -Description); Grant-CsTeamsUpgradePolicy.md assigns one ("In on-premises with Skype for Business Server, the only
 * available option is to trigger notifications"). Changed only under the world's lock.
 */
public final class TeamsUpgradePolicies {
    private final Map<String, Map<String, Object>> instances = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> granted = new HashMap<>();

    public List<Map<String, Object>> instances() {
        return new ArrayList<>(instances.values());
    }

    public Optional<Map<String, Object>> instance(String identity) {
        return Optional.ofNullable(instances.get(identity));
    }

    /** Adds an instance; false when one of that identity exists already. */
    public boolean create(String identity, Boolean notifySfbUsers, String description) {
        if (instances.containsKey(identity)) {
            return false;
        }
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("Identity", identity);
        policy.put("NotifySfbUsers", Boolean.TRUE.equals(notifySfbUsers));
        policy.put("Description", description);
        instances.put(identity, policy);
        return true;
    }

    /** Grants {@code policy} to the user ({@code null} removes the grant). */
    public void grant(OnPremUser user, String policy) {
        String key = World.key(user.sipAddress());
        if (policy == null) {
            granted.remove(key);
        } else {
            granted.put(key, policy);
        }
    }

    /** The policy granted to the user, if any. */
    public Optional<String> grantedTo(OnPremUser user) {
        return Optional.ofNullable(granted.get(World.key(user.sipAddress())));
    }

    /** Whether the user's client shows the pending-upgrade notification: granted an instance with NotifySfbUsers. */
    public boolean notified(OnPremUser user) {
        return grantedTo(user)
                .flatMap(this::instance)
                .map(p -> Boolean.TRUE.equals(p.get("NotifySfbUsers")))
                .orElse(false);
    }
}
