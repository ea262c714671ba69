package io.jenkins.plugins.lynchybrid.shell;

import java.util.List;

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

    @Override
    void close();
}
