package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.List;
import java.util.Optional;

/** Reads one user's account, and so their home, with Get-CsUser (domain.md §4.5). */
final class HomeReader {
    private final LyncShell shell;

    HomeReader(LyncShell shell) {
        this.shell = shell;
    }

    /** The account; empty when Get-CsUser finds no such user. Other shell failures are thrown. */
    Optional<OnPremAccount> read(String identity) {
        List<PsObject> found;
        try {
            found = shell.run(Calls.getUser(identity));
        } catch (ShellException e) {
            if (e.kind() == ShellException.Kind.CMDLET_ERROR && notFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return found.stream().findFirst().map(OnPremAccount::of);
    }

    private static boolean notFound(ShellException e) {
        String message = e.serviceMessage().toLowerCase(java.util.Locale.ROOT);
        return "ObjectNotFound".equalsIgnoreCase(e.category())
                || message.contains("management object not found")
                || message.contains("not found");
    }
}
