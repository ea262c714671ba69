package io.jenkins.plugins.lynchybrid.simulator.shell;

/** A terminating error a simulated cmdlet writes; {@link ShellService} turns it into a failed reply. */
final class CmdletError extends RuntimeException {
    /** The errorId the host uses for a cmdlet outside its allow-list (the engine maps it to REFUSED). */
    static final String REFUSED_ID = "LyncHostRefused";

    private final String category;
    private final String errorId;

    CmdletError(String category, String message, String errorId) {
        super(message, null, false, false);
        this.category = category;
        this.errorId = errorId;
    }

    ShellReply.Error toError() {
        return new ShellReply.Error(category, getMessage(), errorId);
    }

    /** The .NET type name PowerShell appends to a cmdlet's FullyQualifiedErrorId. */
    static String cmdletType(String cmdlet) {
        return "Microsoft.Rtc.Management.Cmdlets." + cmdlet.replace("-", "") + "Cmdlet";
    }

    static CmdletError notFound(String cmdlet, String identity) {
        return new CmdletError(
                "ObjectNotFound",
                "Management object not found for identity \"" + identity + "\".",
                "Identity," + cmdletType(cmdlet));
    }

    /** PowerShell's binding error for a parameter name the cmdlet does not have. */
    static CmdletError unknownParameter(String cmdlet, String name) {
        return new CmdletError(
                "InvalidArgument",
                "A parameter cannot be found that matches parameter name '" + name + "'.",
                "NamedParameterNotFound," + cmdletType(cmdlet));
    }

    /**
     * What a cmdlet says when the Microsoft service behind it answers HTTP 503: .NET's WebException text, as
     * Connect-MicrosoftTeams and Move-CsUser relay it.
     */
    static CmdletError serviceUnavailable(String cmdlet) {
        return new CmdletError(
                "ResourceUnavailable",
                "The remote server returned an error: (503) Server Unavailable.",
                "System.Net.WebException," + cmdletType(cmdlet));
    }

    static CmdletError invalidOperation(String cmdlet, String message) {
        return new CmdletError("InvalidOperation", message, "InvalidOperation," + cmdletType(cmdlet));
    }

    static CmdletError invalidArgument(String cmdlet, String message) {
        return new CmdletError("InvalidArgument", message, "InvalidArgument," + cmdletType(cmdlet));
    }
}
