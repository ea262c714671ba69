package io.jenkins.plugins.lynchybrid.shell;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One cmdlet invocation: its name and typed parameters. Parameters travel as JSON data and are splatted by
 * the host, so no value is ever parsed as PowerShell. A switch parameter is given as {@code true}.
 */
public record CmdletCall(String cmdlet, Map<String, Object> parameters) {
    public CmdletCall {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public static CmdletCall of(String cmdlet) {
        return new CmdletCall(cmdlet, Map.of());
    }

    public CmdletCall with(String name, Object value) {
        Map<String, Object> next = new LinkedHashMap<>(parameters);
        next.put(name, value);
        return new CmdletCall(cmdlet, next);
    }

    /** A Get- cmdlet: it only reads (PowerShell's approved verb Get), so asking it again changes nothing. */
    public boolean readOnly() {
        return cmdlet.regionMatches(true, 0, "Get-", 0, 4);
    }

    /** The cmdlet and its parameter names, never their values (values may be user data). */
    public String describe() {
        return parameters.isEmpty() ? cmdlet : cmdlet + " -" + String.join(" -", parameters.keySet());
    }
}
