package io.jenkins.plugins.lynchybrid.simulator.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs cmdlets on a service the way a host does: name and JSON parameters in, a reply out. */
final class Calls {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ShellService service;

    Calls(ShellService service) {
        this.service = service;
    }

    ShellReply reply(String cmdlet, Object... nameValuePairs) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return service.execute(cmdlet, JSON.valueToTree(parameters));
    }

    List<ObjectNode> objects(String cmdlet, Object... nameValuePairs) {
        ShellReply reply = reply(cmdlet, nameValuePairs);
        assertTrue(reply.ok(), () -> cmdlet + " failed: " + reply.error());
        return reply.objects();
    }

    ShellReply.Error error(String cmdlet, Object... nameValuePairs) {
        ShellReply reply = reply(cmdlet, nameValuePairs);
        assertFalse(reply.ok(), () -> cmdlet + " succeeded: " + reply.objects());
        return reply.error();
    }
}
