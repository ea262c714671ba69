package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Polls Get-CsManagementStoreReplicationStatus, a bounded number of times, until every replica is up to date. */
final class ReplicationWait {
    private static final CmdletCall STATUS = Calls.getReplicationStatus();

    private final LyncShell shell;
    private final int maxPolls;
    private final Duration interval;

    ReplicationWait(LyncShell shell, ApplySettings settings) {
        this.shell = shell;
        this.maxPolls = settings.replicationPolls();
        this.interval = settings.replicationPollInterval();
    }

    ReplicationReport await() {
        List<String> lagging = List.of();
        for (int poll = 1; poll <= maxPolls; poll++) {
            try {
                lagging = lagging(shell.run(STATUS));
            } catch (ShellException e) {
                return new ReplicationReport(false, poll, lagging, Optional.of(e.getMessage()));
            }
            if (lagging.isEmpty()) {
                return new ReplicationReport(true, poll, lagging, Optional.empty());
            }
            if (poll < maxPolls && !pause()) {
                return new ReplicationReport(false, poll, lagging, Optional.of("interrupted while waiting"));
            }
        }
        return new ReplicationReport(false, maxPolls, lagging, Optional.empty());
    }

    private static List<String> lagging(List<PsObject> replicas) {
        return replicas.stream()
                .filter(r -> !r.flag("UpToDate").orElse(false))
                .map(r -> r.text("ReplicaFqdn").orElse("(unnamed replica)"))
                .toList();
    }

    private boolean pause() {
        try {
            Thread.sleep(interval.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
