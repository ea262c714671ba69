package io.jenkins.plugins.lynchybrid.shell;

import java.util.Map;

/**
 * Renders a cmdlet call as the PowerShell line an administrator would type, for review and runbooks. The
 * host never runs this text: it splats the parameters as data. Booleans use the {@code -Name:$true} form,
 * which PowerShell accepts for both switches and boolean parameters; a null value is {@code $null}. The session credential is shown as the
 * variable {@code $credential}, never as a secret: the host passes the PSCredential it built from the hello.
 */
public final class CommandLine {
    /** How the host's PSCredential appears in a shown command line. */
    public static final String CREDENTIAL_VARIABLE = "$credential";

    private CommandLine() {}

    public static String of(CmdletCall call) {
        StringBuilder line = new StringBuilder(call.cmdlet());
        for (Map.Entry<String, Object> parameter : call.parameters().entrySet()) {
            line.append(" -").append(parameter.getKey());
            Object value = parameter.getValue();
            if (parameter.getKey().equals("Credential")) {
                line.append(" ").append(CREDENTIAL_VARIABLE);
            } else if (value == null) {
                line.append(" $null");
            } else if (value instanceof Boolean flag) {
                line.append(flag ? ":$true" : ":$false");
            } else if (value instanceof Number number) {
                line.append(' ').append(number);
            } else {
                line.append(" '")
                        .append(String.valueOf(value).replace("'", "''"))
                        .append('\'');
            }
        }
        return line.toString();
    }
}
