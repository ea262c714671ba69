package io.jenkins.plugins.lynchybrid.users;

import io.jenkins.plugins.lynchybrid.accounts.DistinguishedName;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.List;
import java.util.Optional;

/**
 * The users an on-premises query selects, as the documented batch patterns do (domain.md §4.3): an expression
 * starting with {@code OU=} is passed as {@code Get-CsUser -OU}, anything else as {@code Get-CsUser -Filter}.
 * The expression travels as a parameter value, never as code. An OU must be a distinguished name (RFC 4514); a
 * query that selects nobody is reported, as it is more likely a mistake than a wish.
 */
public final class FilterUserSource {
    private final LyncShell shell;

    public FilterUserSource(LyncShell shell) {
        this.shell = shell;
    }

    public UserSelection read(String expression) {
        String stripped = expression.strip();
        boolean ou = stripped.regionMatches(true, 0, "OU=", 0, 3);
        String value = ou ? DistinguishedName.parse(stripped, "OU").canonical() : stripped;
        List<PsObject> found = shell.run(ou ? Calls.getUsersInOu(value) : Calls.getUsersByFilter(value));
        UserSelectionBuilder selection = new UserSelectionBuilder();
        String origin = (ou ? "-OU " : "-Filter ") + value;
        if (found.isEmpty()) {
            selection.problem(
                    origin, "selected no user: check the " + (ou ? "OU's distinguished name" : "filter expression"));
        }
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
