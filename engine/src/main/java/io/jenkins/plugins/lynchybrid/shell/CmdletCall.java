package io.jenkins.plugins.lynchybrid.shell;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One cmdlet invocation: its name and typed parameters. Parameters travel as JSON data and are splatted by
 * the host, so no value is ever parsed as PowerShell. A switch parameter is given as {@code true}.
 */
public record CmdletCall(String cmdlet, Map<String, Object> parameters) {
    /**
     * The online session's cmdlets the host runs unqualified (lync-host.ps1's $TenantCmdlets): they answer only once
     * Connect-MicrosoftTeams has signed the host in, as does any cmdlet qualified with the MicrosoftTeams module.
     */
    static final Set<String> TENANT_CMDLETS = caseInsensitive(
            "Get-CsTenantFederationConfiguration",
            "Set-CsTenantFederationConfiguration",
            "Get-CsOnlineUser",
            "Get-CsMeetingMigrationStatus");

    private static final String TENANT_MODULE = "MicrosoftTeams\\";

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

    /**
     * Whether the host must have signed in to the tenant first: a cmdlet of the online session, or one given the
     * tenant credential (Move-CsUser -Credential). Any other cmdlet is the on-premises shell's and answers as soon as
     * the host has imported it, while the host's own sign-in still waits for the job's first one.
     */
    public boolean needsTenantSignIn() {
        return parameters.containsKey("Credential")
                || cmdlet.regionMatches(true, 0, TENANT_MODULE, 0, TENANT_MODULE.length())
                || TENANT_CMDLETS.contains(cmdlet);
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(Set.of(names));
        return Collections.unmodifiableSet(set);
    }

    /** The cmdlet and its parameter names, never their values (values may be user data). */
    public String describe() {
        return parameters.isEmpty() ? cmdlet : cmdlet + " -" + String.join(" -", parameters.keySet());
    }
}
