package io.jenkins.plugins.lynchybrid.configure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplicationReportTest {
    @Test
    void aStatusThatCouldNotBeReadIsNotCalledBehind() {
        ReplicationReport report = new ReplicationReport(
                false, 1, List.of(), Optional.of("Get-CsManagementStoreReplicationStatus: Access is denied."));

        assertEquals(
                "Central Management Store replication status could not be read:"
                        + " Get-CsManagementStoreReplicationStatus: Access is denied.",
                report.summary());
    }

    @Test
    void replicasStillBehindAreNamed() {
        ReplicationReport report = new ReplicationReport(false, 12, List.of("edge01.contoso.com"), Optional.empty());

        assertEquals(
                "Central Management Store replication not up to date after 12 poll(s); still behind: edge01.contoso.com",
                report.summary());
    }
}
