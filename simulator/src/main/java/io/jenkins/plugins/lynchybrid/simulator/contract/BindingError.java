package io.jenkins.plugins.lynchybrid.simulator.contract;

/**
 * PowerShell's own refusal of a call before the cmdlet runs: the parameter binder's, or the host's when the
 * call would prompt under {@code -NonInteractive}.
 *
 * @param errorId the first part of the FullyQualifiedErrorId, e.g. {@code NamedParameterNotFound}; the shell
 *     appends the cmdlet's type as PowerShell does
 */
public final class BindingError extends RuntimeException {
    private final String category;
    private final String errorId;

    BindingError(String category, String message, String errorId) {
        super(message, null, false, false);
        this.category = category;
        this.errorId = errorId;
    }

    public String category() {
        return category;
    }

    public String errorId() {
        return errorId;
    }
}
