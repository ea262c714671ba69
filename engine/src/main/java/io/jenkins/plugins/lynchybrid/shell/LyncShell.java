package io.jenkins.plugins.lynchybrid.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Lync Server Management Shell (and, through the same host, the tenant-side cmdlets of the online
 * session). Implementations are safe to call from several threads.
 */
public interface LyncShell extends AutoCloseable {

    /**
     * Runs one cmdlet and returns the objects it wrote.
     *
     * @throws io.jenkins.plugins.lynchybrid.errors.ShellException when the cmdlet fails, the host refuses it,
     *     or the host dies or times out (then the outcome is unknown)
     */
    List<PsObject> run(CmdletCall call);

    /**
     * The parameter names the installed Move-CsUser binds, as the host read them once at start with
     * {@code (Get-Command Move-CsUser).Parameters}; empty when the host did not report them.
     */
    default Optional<Set<String>> moveCsUserParameters() {
        return Optional.empty();
    }

    @Override
    void close();
}
