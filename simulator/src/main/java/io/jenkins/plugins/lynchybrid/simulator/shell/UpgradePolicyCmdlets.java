package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.List;

/**
 * The on-premises TeamsUpgradePolicy cmdlets (skype/skype-ps/SkypeForBusiness/{Get,New,Grant}-CsTeamsUpgradePolicy.md).
 * Which products have them, and with which parameters, is the contract's business (the binder refuses them where
 * the pages do not apply); here only what they do.
 */
final class UpgradePolicyCmdlets {
    private UpgradePolicyCmdlets() {}

    static List<ObjectNode> get(World world, Parameters p) {
        if (p.has("Identity")) {
            String identity = p.required("Identity");
            return List.of(ObjectNodes.of(world.teamsUpgradePolicies()
                    .instance(identity)
                    .orElseThrow(() -> CmdletError.notFound(p.cmdlet(), identity))));
        }
        return world.teamsUpgradePolicies().instances().stream()
                .map(ObjectNodes::of)
                .toList();
    }

    /** New-CsTeamsUpgradePolicy: an instance of that identity already there is an error (the wording is ours). */
    static List<ObjectNode> create(World world, Parameters p) {
        String identity = p.required("Identity");
        Boolean notify = p.text("NotifySfbUsers").map(Boolean::parseBoolean).orElse(null);
        if (!world.teamsUpgradePolicies()
                .create(identity, notify, p.text("Description").orElse(null))) {
            throw CmdletError.invalidOperation(
                    p.cmdlet(), "A policy with the Identity \"" + identity + "\" already exists.");
        }
        world.recordChange("on-premises", p.cmdlet(), identity, p.forRecord());
        return List.of();
    }

    /** Grant-CsTeamsUpgradePolicy -Identity user -PolicyName name ($null removes the grant). */
    static List<ObjectNode> grant(World world, Parameters p) {
        String identity = p.required("Identity");
        OnPremUser user =
                UserCmdlets.find(world, identity).orElseThrow(() -> CmdletError.notFound(p.cmdlet(), identity));
        String policy = p.text("PolicyName").orElse(null);
        if (policy != null && world.teamsUpgradePolicies().instance(policy).isEmpty()) {
            throw CmdletError.notFound(p.cmdlet(), policy);
        }
        world.teamsUpgradePolicies().grant(user, policy);
        world.recordChange("on-premises", p.cmdlet(), user.sipAddress(), p.forRecord());
        return List.of();
    }
}
