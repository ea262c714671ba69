package io.jenkins.plugins.lynchybrid.configure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.List;

/** Reads the current hybrid configuration through the shell: four Get- cmdlets, no change. */
public final class StateReader {
    private final LyncShell shell;

    public StateReader(LyncShell shell) {
        this.shell = shell;
    }

    public CurrentState read() {
        return new CurrentState(
                single(Calls.getAccessEdge()),
                shell.run(Calls.getHostingProviders()),
                single(Calls.getExternalAccessPolicy(Calls.GLOBAL)),
                single(Calls.getTenantFederation()));
    }

    private PsObject single(CmdletCall call) {
        List<PsObject> objects = shell.run(call);
        return objects.isEmpty() ? new PsObject(JsonNodeFactory.instance.objectNode()) : objects.get(0);
    }
}
