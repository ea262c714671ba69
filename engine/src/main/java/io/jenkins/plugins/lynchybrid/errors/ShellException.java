package io.jenkins.plugins.lynchybrid.errors;

/** A cmdlet that failed, was refused, or whose host died or timed out before answering. */
public final class ShellException extends HybridException {
    /** The "cmdlet" of a failure while a shell host starts: launching it, importing the module, signing in. */
    public static final String HOST_START = "lync-host start-up";

    private final String cmdlet;
    private final Kind kind;
    private final String category;
    private final String errorId;

    public ShellException(
            String cmdlet, Kind kind, String category, String errorId, String serviceMessage, Throwable cause) {
        super(Side.ON_PREMISES_SHELL, cmdlet + ": " + serviceMessage, cause);
        this.cmdlet = cmdlet;
        this.kind = kind;
        this.category = category;
        this.errorId = errorId;
    }

    public String cmdlet() {
        return cmdlet;
    }

    public Kind kind() {
        return kind;
    }

    /** PowerShell's ErrorCategory, e.g. {@code ObjectNotFound}, {@code InvalidOperation}. */
    public String category() {
        return category;
    }

    /** PowerShell's FullyQualifiedErrorId. */
    public String errorId() {
        return errorId;
    }

    /** The message exactly as the cmdlet or service wrote it. */
    public String serviceMessage() {
        String message = getMessage();
        return message.substring(cmdlet.length() + 2);
    }

    public enum Kind {
        /** The cmdlet ran and wrote an error: its message is the service's. */
        CMDLET_ERROR,
        /** The host refused the call (cmdlet outside the allow-list, malformed parameters). */
        REFUSED,
        /** The host died or did not answer in time: whether the cmdlet took effect is unknown. */
        OUTCOME_UNKNOWN
    }
}
