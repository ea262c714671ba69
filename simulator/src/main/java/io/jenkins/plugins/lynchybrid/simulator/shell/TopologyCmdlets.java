package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only cmdlets about the deployment and the agent: services, replication, domains, versions, modules. */
final class TopologyCmdlets {
    private TopologyCmdlets() {}

    static List<ObjectNode> getService(World world, Parameters p) {
        String role = p.isSet("EdgeServer") ? "EdgeServer:" : p.isSet("Registrar") ? "Registrar:" : "";
        return world.services().stream()
                .filter(s -> ((String) s.get("Identity")).startsWith(role))
                .map(ObjectNodes::of)
                .toList();
    }

    static List<ObjectNode> getSites(World world, Parameters p) {
        String identity = p.text("Identity").orElse(null);
        return world.sites().stream()
                .filter(s -> identity == null
                        || identity.equalsIgnoreCase((String) s.get("Identity"))
                        || ("Site:" + identity).equalsIgnoreCase((String) s.get("Identity")))
                .map(ObjectNodes::of)
                .toList();
    }

    static List<ObjectNode> getReplicationStatus(World world, Parameters p) {
        String replica = p.text("ReplicaFqdn").orElse(null);
        return world.replicationStatus().stream()
                .filter(r -> replica == null || replica.equalsIgnoreCase((String) r.get("ReplicaFqdn")))
                .map(ObjectNodes::of)
                .toList();
    }

    static List<ObjectNode> getAllowedDomains(World world, Parameters p) {
        return world.allowedDomains().stream().map(TopologyCmdlets::domain).toList();
    }

    static List<ObjectNode> getBlockedDomains(World world, Parameters p) {
        return world.blockedDomains().stream().map(TopologyCmdlets::domain).toList();
    }

    private static ObjectNode domain(String name) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("Identity", name);
        o.put("Domain", name);
        o.put("ProxyFqdn", null);
        o.put("Comment", null);
        o.put("MarkForMonitoring", false);
        return ObjectNodes.of(o);
    }

    /** Get-CsServerVersion writes one string; the host wraps a scalar as {@code {"Value": ...}}. */
    static List<ObjectNode> getServerVersion(World world, Parameters p) {
        return List.of(ObjectNodes.of(Map.of("Value", world.agent().get("ServerVersion"))));
    }

    /**
     * Get-CsServerPatchVersion: one object per installed component. Its output is undocumented (System.Object);
     * ComponentName and Version are the contract's keptWithReason properties.
     */
    static List<ObjectNode> getServerPatchVersion(World world, Parameters p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("ComponentName", world.product().contractName() + ", Core Components");
        o.put("Version", world.agent().get("PatchVersion"));
        return List.of(ObjectNodes.of(o));
    }

    /** Get-Module -ListAvailable -Name MicrosoftTeams, or the product's management module (Lync or SkypeForBusiness). */
    static List<ObjectNode> getModule(World world, Parameters p) {
        String name = p.required("Name");
        Object version = name.equalsIgnoreCase("MicrosoftTeams")
                ? world.agent().get("MicrosoftTeamsModuleVersion")
                : name.equalsIgnoreCase(world.product().moduleName())
                                && Boolean.TRUE.equals(world.agent().get("LyncModule"))
                        ? world.product().patchVersion()
                        : null;
        if (version == null) {
            return List.of();
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("Name", name);
        o.put("Version", version);
        o.put("ModuleType", name.equalsIgnoreCase("MicrosoftTeams") ? "Script" : "Manifest");
        return List.of(ObjectNodes.of(o));
    }
}
