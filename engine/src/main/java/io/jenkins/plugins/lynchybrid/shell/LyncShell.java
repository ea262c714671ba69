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
     * As {@link #run(CmdletCall)}, calling {@code taken} once the cmdlet has a host to run on, before its answer: a
     * caller that holds other cmdlets back until then lets this one take the host first (the job's first move).
     * Without hosts of its own to wait for, a shell calls it at once.
     */
    default List<PsObject> run(CmdletCall call, Runnable taken) {
        taken.run();
        return run(call);
    }

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
