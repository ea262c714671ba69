package io.jenkins.plugins.lynchybrid.users;

import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.List;
import java.util.Optional;

/**
 * The users an on-premises query selects, as the documented batch patterns do (domain.md §4.3): an expression
 * starting with {@code OU=} is passed as {@code Get-CsUser -OU}, anything else as {@code Get-CsUser -Filter}.
 * The expression travels as a parameter value, never as code.
 */
public final class FilterUserSource {
    private final LyncShell shell;

    public FilterUserSource(LyncShell shell) {
        this.shell = shell;
    }

    public UserSelection read(String expression) {
        String value = expression.strip();
        boolean ou = value.regionMatches(true, 0, "OU=", 0, 3);
        List<PsObject> found = shell.run(ou ? Calls.getUsersInOu(value) : Calls.getUsersByFilter(value));
        UserSelectionBuilder selection = new UserSelectionBuilder();
        String origin = (ou ? "-OU " : "-Filter ") + value;
        for (PsObject user : found) {
            // SipAddress is documented Get-CsUser output; UserPrincipalName is not (docs/cmdlet-contract.md)
            Optional<String> sip = user.text("SipAddress").filter(s -> !s.isBlank());
            if (sip.isEmpty()) {
                selection.problem(
                        origin,
                        "Get-CsUser returned a user without SipAddress: "
                                + user.text("Identity").orElse("?"));
            } else {
                selection.add(new UserRef(sip, Optional.empty(), origin));
            }
        }
        return selection.build();
    }
}
