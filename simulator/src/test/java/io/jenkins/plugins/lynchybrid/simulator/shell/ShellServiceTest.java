package io.jenkins.plugins.lynchybrid.simulator.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShellServiceTest {
    private final World world = new World(5, "pw".toCharArray());
    private final Calls shell = new Calls(new ShellService(world));

    @Test
    void aCmdletOutsideTheAllowListIsRefused() {
        ShellReply.Error error = shell.error("Invoke-Expression", "Command", "Stop-Computer");
        assertEquals(CmdletError.REFUSED_ID, error.errorId());
    }

    @Test
    void cmdletAndParameterNamesAreCaseInsensitiveAsInPowerShell() {
        assertEquals(
                1,
                shell.objects("get-csuser", "identity", "USER00001@CONTOSO.COM").size());
    }

    @Test
    void theEchoWritesBackExactlyWhatItReceived() {
        String hostile = "$(Stop-Computer); `whoami` | & calc";
        assertEquals(
                hostile,
                shell.objects(ShellService.ECHO, "Anything", hostile)
                        .get(0)
                        .get("Anything")
                        .asText());
    }

    @Test
    void theLatencyFaultSleepsWithoutHoldingTheWorldLock() throws Exception {
        world.change(w -> w.faults(w.faults().withLatency(Duration.ofSeconds(30))));
        Thread slow = new Thread(() -> shell.reply("Get-CsBlockedDomain"));
        slow.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (slow.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(Thread.State.TIMED_WAITING, slow.getState(), "the latency fault's sleep began within 30 s");
            ThreadInfo info =
                    ManagementFactory.getThreadMXBean().getThreadInfo(new long[] {slow.getId()}, true, false)[0];
            assertTrue(Arrays.stream(info.getLockedMonitors())
                    .noneMatch(m -> m.getIdentityHashCode() == System.identityHashCode(world)));
        } finally {
            slow.interrupt();
            slow.join(TimeUnit.SECONDS.toMillis(30));
        }
    }
}
