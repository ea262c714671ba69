package io.jenkins.plugins.lynchybrid.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.HostProtocol;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.simulator.shell.ShellReply;
import io.jenkins.plugins.lynchybrid.simulator.shell.ShellService;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The simulated shell without a process in between: for tests of capabilities that run cmdlets (readiness,
 * configure, move) and do not test the process transport. Errors map as the process host maps them.
 */
public final class InProcessLyncShell implements LyncShell {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ShellService service;

    public InProcessLyncShell(ShellService service) {
        this.service = service;
    }

    public InProcessLyncShell(World world) {
        this(new ShellService(world));
    }

    @Override
    public List<PsObject> run(CmdletCall call) {
        ObjectNode parameters = JSON.valueToTree(call.parameters());
        ShellReply reply = service.execute(call.cmdlet(), parameters);
        if (reply.replyLost()) {
            throw new ShellException(
                    call.cmdlet(),
                    ShellException.Kind.OUTCOME_UNKNOWN,
                    "OperationTimeout",
                    "",
                    "the simulated host lost the reply; whether the cmdlet took effect is unknown",
                    null);
        }
        if (!reply.ok()) {
            ShellReply.Error e = reply.error();
            throw HostProtocol.failure(call.cmdlet(), e.category(), e.message(), e.errorId());
        }
        return reply.objects().stream().map(PsObject::new).toList();
    }

    /** As the host reports it at start: the simulator answers Get-Command from the contract. */
    @Override
    public Optional<Set<String>> moveCsUserParameters() {
        ObjectNode name = JSON.createObjectNode().put("Name", "Move-CsUser");
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        service.execute("Get-Command", name)
                .objects()
                .forEach(o -> o.path("Parameters").forEach(p -> names.add(p.asText())));
        return Optional.of(names);
    }

    @Override
    public void close() {}
}
