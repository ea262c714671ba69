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

    /**
     * A replica given a catch-up time ({@link World#REPLICA_CATCHES_UP_AT}, the simulator's own field, never
     * written out) reports UpToDate False until the world's clock reaches it, as a replica does while the Replica
     * Replicator Agent applies a change.
     */
    static List<ObjectNode> getReplicationStatus(World world, Parameters p) {
        String replica = p.text("ReplicaFqdn").orElse(null);
        return world.replicationStatus().stream()
                .filter(r -> replica == null || replica.equalsIgnoreCase((String) r.get("ReplicaFqdn")))
                .map(r -> {
                    Map<String, Object> status = new LinkedHashMap<>(r);
                    Object catchesUp = status.remove(World.REPLICA_CATCHES_UP_AT);
                    if (catchesUp instanceof java.time.Instant at) {
                        status.put("UpToDate", !world.now().isBefore(at));
                    }
                    return ObjectNodes.of(status);
                })
                .toList();
    }

    /** Get-CsPool -Identity: the pool's Computers (Get-CsPool.md: "Get-CsPool | Select-Object -ExpandProperty Computers"). */
    static List<ObjectNode> getPool(World world, Parameters p) {
        String identity = p.text("Identity").orElse(null);
        return world.poolComputers().entrySet().stream()
                .filter(e -> identity == null || identity.equalsIgnoreCase(e.getKey()))
                .map(e -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("Identity", e.getKey());
                    o.put("Computers", List.copyOf(e.getValue()));
                    o.put("Site", "Site:Redmond");
                    o.put("Services", List.of("Registrar:" + e.getKey(), "UserServer:" + e.getKey()));
                    return ObjectNodes.of(o);
                })
                .toList();
    }

    /**
     * The shell host's Read-PoolServerBuild (lync-host.ps1): one server's own build, read on it through PowerShell
     * remoting (Invoke-Command). {@code -Method PatchVersion} runs Get-CsServerPatchVersion there, which exists on
     * Skype for Business Server 2015/2019 only (its page's Applicable line); {@code -Method InstalledProduct} reads
     * Programs and Features' version of the Core Components, where Get-CsServerVersion.md sends a reader who needs
     * more than the base version ("If you need a very specific version number then you should use the Windows
     * Control Panel"). A server that is not there or does not answer fails as WinRM does.
     */
    static List<ObjectNode> readPoolServerBuild(World world, Parameters p) {
        String computer = p.required("ComputerName");
        String method = p.required("Method");
        String build = world.serverBuilds().get(computer.toLowerCase(java.util.Locale.ROOT));
        if (build == null) {
            throw new CmdletError(
                    "OpenError",
                    "Connecting to remote server " + computer + " failed with the following error message : WinRM"
                            + " cannot complete the operation. Verify that the specified computer name is valid,"
                            + " that the computer is accessible over the network, and that a firewall exception for"
                            + " the WinRM service is enabled and allows access from this computer.",
                    "WinRMOperationTimeout,PSSessionStateBroken");
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("ComputerName", computer);
        if (method.equals("PatchVersion")) {
            if (world.product() == io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct.LYNC_2013) {
                throw new CmdletError(
                        "ObjectNotFound",
                        "The term 'Get-CsServerPatchVersion' is not recognized as the name of a cmdlet, function,"
                                + " script file, or operable program. Check the spelling of the name, or if a path was"
                                + " included, verify that the path is correct and try again.",
                        "CommandNotFoundException");
            }
            o.put("Component", world.product().contractName() + ", Core Components");
        } else if (method.equals("InstalledProduct")) {
            o.put("Component", "Microsoft " + world.product().contractName() + ", Core Components");
        } else {
            throw new CmdletError(
                    "InvalidArgument",
                    "Method must be PatchVersion or InstalledProduct, not " + method + ".",
                    "RuntimeException");
        }
        o.put("Version", build);
        return List.of(ObjectNodes.of(o));
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
