package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The Lync Server Management Shell (and the tenant-side cmdlets of the online session) over a {@link World}:
 * the cmdlets the engine runs, with the real objects' property names and the real error texts. Safe to call
 * from many threads; the world's lock is held only while a cmdlet reads or changes it, never during the
 * latency fault's sleep, so concurrent calls overlap as they do against the real services.
 */
public final class ShellService {
    /** A test-only cmdlet: writes back the parameters it received, to prove values arrive as data. */
    public static final String ECHO = "Write-SimulatorEcho";

    private final World world;
    private final Map<String, Cmdlet> cmdlets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final MoveCsUser mover = new MoveCsUser();
    private final AtomicInteger movesInFlight = new AtomicInteger();

    public ShellService(World world) {
        this.world = world;
        register(
                "Get-CsUser",
                Set.of("Identity", "Filter", "OU", "ResultSize", "DomainController"),
                UserCmdlets::getCsUser);
        register(
                "Get-CsHostingProvider", Set.of("Identity", "Filter", "LocalStore"), ConfigCmdlets::getHostingProvider);
        register(
                "New-CsHostingProvider",
                union(ConfigCmdlets.PROVIDER_SETTABLE, Set.of("ProxyFqdn")),
                ConfigCmdlets::newHostingProvider);
        register("Set-CsHostingProvider", union(ConfigCmdlets.PROVIDER_SETTABLE), ConfigCmdlets::setHostingProvider);
        register("Remove-CsHostingProvider", union(Set.of()), ConfigCmdlets::removeHostingProvider);
        register("Get-CsAccessEdgeConfiguration", Set.of("Identity", "LocalStore"), ConfigCmdlets::getAccessEdge);
        register(
                "Set-CsAccessEdgeConfiguration",
                union(ConfigCmdlets.EDGE_SETTABLE, ConfigCmdlets.EDGE_ROUTING),
                ConfigCmdlets::setAccessEdge);
        register(
                "Get-CsTenantFederationConfiguration",
                Set.of("Identity", "Tenant"),
                ConfigCmdlets::getTenantFederation);
        register(
                "Set-CsTenantFederationConfiguration",
                union(ConfigCmdlets.TENANT_SETTABLE, Set.of("Tenant")),
                ConfigCmdlets::setTenantFederation);
        register(
                "Get-CsExternalAccessPolicy",
                Set.of("Identity", "Filter", "LocalStore"),
                ConfigCmdlets::getExternalAccessPolicy);
        register(
                "Set-CsExternalAccessPolicy",
                union(ConfigCmdlets.POLICY_SETTABLE),
                ConfigCmdlets::setExternalAccessPolicy);
        register(
                "Get-CsConferencingPolicy",
                Set.of("Identity", "Filter", "LocalStore"),
                ConfigCmdlets::getConferencingPolicy);
        register(
                "Get-CsService",
                Set.of("Identity", "EdgeServer", "Registrar", "PoolFqdn"),
                TopologyCmdlets::getService);
        register(
                "Get-CsManagementStoreReplicationStatus",
                Set.of("ReplicaFqdn", "CentralManagementStoreStatus"),
                TopologyCmdlets::getReplicationStatus);
        register("Get-CsAllowedDomain", Set.of("Identity", "Filter", "LocalStore"), TopologyCmdlets::getAllowedDomains);
        register("Get-CsBlockedDomain", Set.of("Identity", "Filter", "LocalStore"), TopologyCmdlets::getBlockedDomains);
        register("Get-CsServerVersion", Set.of(), TopologyCmdlets::getServerVersion);
        register("Get-CsServerPatchVersion", Set.of(), TopologyCmdlets::getServerPatchVersion);
        register("Get-Module", Set.of("ListAvailable", "Name"), TopologyCmdlets::getModule);
        register(ECHO, null, (w, p) -> List.of(echo(p)));
        cmdlets.put("Move-CsUser", new Cmdlet("Move-CsUser", MoveCsUser.PARAMETERS, this::move));
    }

    /** Runs one cmdlet as the shell would, with the world's faults in force. */
    public ShellReply execute(String cmdlet, ObjectNode parameters) {
        Cmdlet known = cmdlets.get(cmdlet == null ? "" : cmdlet);
        if (known == null) {
            return ShellReply.failure(new ShellReply.Error(
                    "PermissionDenied",
                    "The cmdlet '" + cmdlet + "' is not in the shell host's allow-list.",
                    CmdletError.REFUSED_ID));
        }
        try {
            return known.handler().run(Parameters.bind(known.name(), parameters, known.accepted()));
        } catch (CmdletError e) {
            return ShellReply.failure(e.toError());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ShellReply.failure(new ShellReply.Error(
                    "OperationStopped", "The pipeline has been stopped.", "PipelineStopped," + known.name()));
        }
    }

    /**
     * Moves run while the hosted migration service is busy with them, latency included; beyond the fault's
     * capacity the service answers with its throttling fault.
     */
    private ShellReply move(Parameters bound) throws InterruptedException {
        int inFlight = movesInFlight.incrementAndGet();
        try {
            Faults faults = world.read(World::faults);
            if (faults.serviceDown()) {
                throw CmdletError.serviceUnavailable("Move-CsUser");
            }
            if (faults.capacity() > 0 && inFlight > faults.capacity()) {
                throw MoveCsUser.throttled();
            }
            pause();
            boolean lost = world.read(w -> mover.move(w, bound));
            return lost ? ShellReply.lost() : ShellReply.success(List.of());
        } finally {
            movesInFlight.decrementAndGet();
        }
    }

    private void pause() throws InterruptedException {
        Duration latency = world.read(World::faults).latency();
        if (!latency.isZero()) {
            Thread.sleep(latency.toMillis());
        }
    }

    private static ObjectNode echo(Parameters p) {
        ObjectNode o = ObjectNodes.empty();
        p.asGiven().forEach(o::set);
        return o;
    }

    /** A cmdlet that answers after the latency fault, reading or changing the world under its lock. */
    private void register(String name, Set<String> accepted, BiFunction<World, Parameters, List<ObjectNode>> body) {
        cmdlets.put(name, new Cmdlet(name, accepted, bound -> {
            pause();
            return ShellReply.success(world.read(w -> body.apply(w, bound)));
        }));
    }

    private static Set<String> union(Set<String> settable, Set<String>... more) {
        Set<String> all = new HashSet<>(settable);
        all.addAll(ConfigCmdlets.WRITE_COMMON);
        for (Set<String> extra : more) {
            all.addAll(extra);
        }
        return all;
    }

    /** @param accepted the parameter names it binds; {@code null} accepts any name (the echo only) */
    private record Cmdlet(String name, Set<String> accepted, Handler handler) {}

    private interface Handler {
        ShellReply run(Parameters bound) throws InterruptedException;
    }
}
