package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.contract.Binder;
import io.jenkins.plugins.lynchybrid.simulator.contract.BindingError;
import io.jenkins.plugins.lynchybrid.simulator.contract.CmdletContract;
import io.jenkins.plugins.lynchybrid.simulator.contract.Contract;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.MovePause;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The Lync Server Management Shell (and the tenant-side cmdlets of the online session) over a {@link World}.
 * Every Microsoft cmdlet binds as PowerShell binds it, from Microsoft's contract for the world's product
 * ({@link Binder}), and writes only the properties the contract allows. Safe to call from many threads; the
 * world's lock is held only while a cmdlet reads or changes it, never during the latency fault's sleep, so
 * concurrent calls overlap as they do against the real services.
 */
public final class ShellService {
    /** A test-only cmdlet: writes back the parameters it received, to prove values arrive as data. */
    public static final String ECHO = "Write-SimulatorEcho";

    /** The prefix of a module-qualified tenant cmdlet, as the host resolves it. */
    public static final String ONLINE_MODULE = "MicrosoftTeams\\";

    private final World world;
    private final Contract contract = Contract.get();
    private final Binder binder = new Binder(contract);
    private final Map<String, Cmdlet> cmdlets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final MoveCsUser mover = new MoveCsUser();
    private final AtomicInteger movesInFlight = new AtomicInteger();

    public ShellService(World world) {
        this.world = world;
        register("Get-CsUser", UserCmdlets::getCsUser);
        register("Get-CsHostingProvider", ConfigCmdlets::getHostingProvider);
        register("New-CsHostingProvider", ConfigCmdlets::newHostingProvider);
        register("Set-CsHostingProvider", ConfigCmdlets::setHostingProvider);
        register("Remove-CsHostingProvider", ConfigCmdlets::removeHostingProvider);
        register("Get-CsAccessEdgeConfiguration", ConfigCmdlets::getAccessEdge);
        register("Set-CsAccessEdgeConfiguration", ConfigCmdlets::setAccessEdge);
        register("Get-CsTenantFederationConfiguration", ConfigCmdlets::getTenantFederation);
        register("Set-CsTenantFederationConfiguration", ConfigCmdlets::setTenantFederation);
        register("Get-CsExternalAccessPolicy", ConfigCmdlets::getExternalAccessPolicy);
        register("Set-CsExternalAccessPolicy", ConfigCmdlets::setExternalAccessPolicy);
        register("Get-CsConferencingPolicy", ConfigCmdlets::getConferencingPolicy);
        register("Get-CsService", TopologyCmdlets::getService);
        register("Get-CsSite", TopologyCmdlets::getSites);
        register("Get-CsManagementStoreReplicationStatus", TopologyCmdlets::getReplicationStatus);
        register("Get-CsAllowedDomain", TopologyCmdlets::getAllowedDomains);
        register("Get-CsBlockedDomain", TopologyCmdlets::getBlockedDomains);
        register("Get-CsServerVersion", TopologyCmdlets::getServerVersion);
        register("Get-CsServerPatchVersion", TopologyCmdlets::getServerPatchVersion);
        register("Get-CsOnlineUser", OnlineUserCmdlets::getCsOnlineUser);
        register("Get-CsMeetingMigrationStatus", CompletionCmdlets::getCsMeetingMigrationStatus);
        register("Get-CsTeamsUpgradePolicy", UpgradePolicyCmdlets::get);
        register("New-CsTeamsUpgradePolicy", UpgradePolicyCmdlets::create);
        register("Grant-CsTeamsUpgradePolicy", UpgradePolicyCmdlets::grant);
        register("Get-CsPool", TopologyCmdlets::getPool);
        registerOnline("Grant-CsTeamsUpgradePolicy", UserCmdlets::grantTeamsUpgradePolicy);
        registerOnline(
                "Get-CsTenant",
                (w, p) -> List.of(ObjectNodes.of(Map.of(
                        "TenantId", w.tenantId(), "DisplayName", "Contoso", "ServiceInstance", w.serviceInstance()))));
        cmdlets.put("Move-CsUser", new Cmdlet("Move-CsUser", contract.cmdlet("Move-CsUser"), null, this::move));
        registerOutsideContract("Get-Module", Set.of("ListAvailable", "Name"), TopologyCmdlets::getModule);
        registerOutsideContract("Get-Command", Set.of("Name"), this::getCommand);
        registerOutsideContract(
                "Read-PoolServerBuild", Set.of("ComputerName", "Method"), TopologyCmdlets::readPoolServerBuild);
        registerOutsideContract(ECHO, null, (w, p) -> List.of(echo(p)));
    }

    /** Whether the MicrosoftTeams module answers {@code cmdlet} (its contract's module, or a qualified name). */
    public boolean isTeamsCmdlet(String cmdlet) {
        Cmdlet known = cmdlets.get(cmdlet == null ? "" : cmdlet);
        return known != null && known.contract().map(CmdletContract::online).orElse(false);
    }

    /**
     * What a MicrosoftTeams cmdlet answers in a session that has not run Connect-MicrosoftTeams (the contract's
     * TeamsNotConnected, with its sources; the category and errorId are the simulator's, as its note says).
     */
    public ShellReply teamsNotConnected(String cmdlet) {
        return ShellReply.failure(new ShellReply.Error(
                "NotSpecified",
                contract.errorText("TeamsNotConnected"),
                "System.UnauthorizedAccessException," + cmdlet));
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
        ObjectNode given = parameters == null ? ObjectNodes.empty() : parameters;
        Set<String> names = new java.util.HashSet<>();
        given.fieldNames().forEachRemaining(names::add);
        world.shellCalls().count(known.name(), names);
        try {
            Parameters bound = known.contract().isPresent()
                    ? Parameters.of(known.name(), binder.bind(known.contract().get(), product(), given))
                    : Parameters.bind(known.name(), given, known.accepted());
            ShellReply reply = known.handler().run(bound);
            return known.contract().map(c -> documentedOnly(c, reply)).orElse(reply);
        } catch (BindingError e) {
            world.change(w -> w.refusedCalls().add(known.name() + ": " + e.getMessage()));
            String errorId = e.errorId().equals("CommandNotFoundException")
                    ? e.errorId()
                    : e.errorId() + "," + CmdletError.cmdletType(known.name());
            return ShellReply.failure(new ShellReply.Error(e.category(), e.getMessage(), errorId));
        } catch (CmdletError e) {
            return ShellReply.failure(e.toError());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ShellReply.failure(new ShellReply.Error(
                    "OperationStopped", "The pipeline has been stopped.", "PipelineStopped," + known.name()));
        }
    }

    private ServerProduct product() {
        return world.read(World::product);
    }

    /** The contract's output policy: a property no page documents (nor the contract keeps, with its reason) is dropped. */
    private static ShellReply documentedOnly(CmdletContract cmdlet, ShellReply reply) {
        if (!reply.ok() || reply.replyLost()) {
            return reply;
        }
        List<ObjectNode> objects = reply.objects().stream()
                .map(o -> {
                    ObjectNode copy = o.deepCopy();
                    copy.retain(cmdlet.outputProperties());
                    return copy;
                })
                .toList();
        return ShellReply.success(objects);
    }

    /**
     * Get-Command -Name X for a contract cmdlet: its Parameters as the world's build reports them (the contract's
     * parameters for the product plus the common parameters); CommandNotFound where the product lacks it.
     */
    private List<ObjectNode> getCommand(World w, Parameters p) {
        String name = p.required("Name");
        CmdletContract cmdlet = contract.cmdlet(name)
                .filter(c -> c.existsOn(w.product()))
                .orElseThrow(() -> new CmdletError(
                        "ObjectNotFound",
                        "The term '" + name + "' is not recognized as the name of a cmdlet, function, script file, or"
                                + " operable program. Check the spelling of the name, or if a path was included, verify"
                                + " that the path is correct and try again.",
                        "CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand"));
        ObjectNode o = ObjectNodes.empty();
        o.put("Name", cmdlet.name());
        o.put("CommandType", "Cmdlet");
        o.put("ModuleName", cmdlet.module());
        binder.commandParameters(cmdlet, w.product()).forEach(o.putArray("Parameters")::add);
        return List.of(o);
    }

    /**
     * Moves run while the hosted migration service is busy with them, latency included; beyond the fault's
     * capacity the service answers with its throttling fault.
     */
    private ShellReply move(Parameters bound) throws InterruptedException {
        // a call held by a test's pause has not reached the service: it is counted only once it goes on
        Optional<MovePause> hold = world.movePause();
        if (hold.isPresent()) {
            hold.get().enter();
        }
        bound.text("Identity").ifPresent(identity -> world.change(w -> w.countMoveCall(identity)));
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

    /** A Microsoft cmdlet, bound from the contract, that answers after the latency fault under the world's lock. */
    private void register(String name, BiFunction<World, Parameters, List<ObjectNode>> body) {
        CmdletContract cmdlet = contract.cmdlet(name)
                .orElseThrow(() -> new IllegalStateException("the cmdlet contract has no " + name));
        cmdlets.put(name, new Cmdlet(name, Optional.of(cmdlet), null, answering(body)));
    }

    /**
     * A cmdlet of the online session, bound from the MicrosoftTeams module's page: the host calls tenant cmdlets
     * module-qualified, so a same-named Management Shell cmdlet never answers in its place.
     */
    private void registerOnline(String name, BiFunction<World, Parameters, List<ObjectNode>> body) {
        CmdletContract cmdlet = contract.onlineCmdlet(name)
                .orElseThrow(() -> new IllegalStateException("the cmdlet contract has no MicrosoftTeams " + name));
        cmdlets.put(ONLINE_MODULE + name, new Cmdlet(name, Optional.of(cmdlet), null, answering(body)));
    }

    /** PowerShell's own commands and the simulator's echo: no Microsoft page, so a fixed list of names. */
    private void registerOutsideContract(
            String name, Set<String> accepted, BiFunction<World, Parameters, List<ObjectNode>> body) {
        cmdlets.put(name, new Cmdlet(name, Optional.empty(), accepted, answering(body)));
    }

    /** Latency per call before the answer, then per object returned (outside the world's lock, as the pause). */
    private Handler answering(BiFunction<World, Parameters, List<ObjectNode>> body) {
        return bound -> {
            pause();
            List<ObjectNode> objects = world.read(w -> body.apply(w, bound));
            Duration perObject = world.read(World::faults).objectLatency();
            if (!perObject.isZero() && !objects.isEmpty()) {
                Thread.sleep(perObject.multipliedBy(objects.size()).toMillis());
            }
            return ShellReply.success(objects);
        };
    }

    /** @param accepted outside the contract, the parameter names it binds; {@code null} accepts any (the echo only) */
    private record Cmdlet(String name, Optional<CmdletContract> contract, Set<String> accepted, Handler handler) {}

    private interface Handler {
        ShellReply run(Parameters bound) throws InterruptedException;
    }
}
