package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.errors.SignInRejectedException;
import io.jenkins.plugins.lynchybrid.simulator.shell.ShellService;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import io.jenkins.plugins.lynchybrid.testing.WatchedLauncher;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShellHostPoolTest {
    private static final String PASSWORD = "Pa55-w0rd!Contoso";

    private final SimulatedShellHost simulated = new SimulatedShellHost(new World(40, PASSWORD.toCharArray()));

    @AfterEach
    void closeSimulator() {
        simulated.close();
    }

    private ShellHostPool pool(int hosts, Duration timeout) {
        return pool(hosts, timeout, new LocalProcessLauncher(), PASSWORD);
    }

    private ShellHostPool pool(int hosts, ProcessLauncher launcher) {
        return pool(hosts, Duration.ofSeconds(30), launcher, PASSWORD);
    }

    private ShellHostPool pool(int hosts, Duration timeout, ProcessLauncher launcher, String password) {
        return ShellHostPool.start(
                simulated.settings(hosts, timeout),
                launcher,
                simulated.command(),
                new AccountCredential(World.ADMIN_USERNAME, password.toCharArray()),
                Optional.empty());
    }

    @Test
    void theHostReportsTheInstalledMoveCsUserParametersOnceAtStart() {
        try (ShellHostPool shell = pool(1, Duration.ofSeconds(30))) {
            Set<String> parameters = shell.moveCsUserParameters().orElseThrow();
            assertTrue(
                    parameters.containsAll(Set.of("Identity", "Target", "Credential", "Confirm")),
                    parameters::toString);
            // the world runs Lync Server 2013, whose Move-CsUser has no bypass switches
            assertFalse(parameters.contains("BypassEnterpriseVoiceCheck"), parameters::toString);
            assertTrue(parameters.contains("identity"), "names compare case-insensitively, as PowerShell's do");
        }
    }

    @Test
    void returnsTheObjectsTheCmdletWrote() {
        try (ShellHostPool shell = pool(1, Duration.ofSeconds(30))) {
            List<PsObject> users = shell.run(CmdletCall.of("Get-CsUser").with("Identity", "sip:user00007@contoso.com"));
            assertEquals(1, users.size());
            assertEquals(
                    "sip:user00007@contoso.com", users.get(0).text("SipAddress").orElseThrow());
            assertEquals("SRV:", users.get(0).text("HostingProvider").orElseThrow());
        }
    }

    @Test
    void aCmdletErrorArrivesWithTheServiceMessage() {
        try (ShellHostPool shell = pool(1, Duration.ofSeconds(30))) {
            ShellException e = assertThrows(
                    ShellException.class,
                    () -> shell.run(CmdletCall.of("Get-CsUser").with("Identity", "sip:nobody@contoso.com")));
            assertEquals(ShellException.Kind.CMDLET_ERROR, e.kind());
            assertEquals("Management object not found for identity \"sip:nobody@contoso.com\".", e.serviceMessage());
            assertEquals("ObjectNotFound", e.category());
        }
    }

    @Test
    void aCmdletOutsideTheAllowListIsRefused() {
        try (ShellHostPool shell = pool(1, Duration.ofSeconds(30))) {
            ShellException e = assertThrows(
                    ShellException.class,
                    () -> shell.run(CmdletCall.of("Remove-Item").with("Path", "C:\\")));
            assertEquals(ShellException.Kind.REFUSED, e.kind());
        }
    }

    @Test
    void aWrongPasswordFailsTheStartWithTheTenantsMessage() {
        SignInRejectedException e = assertThrows(
                SignInRejectedException.class,
                () -> pool(1, Duration.ofSeconds(30), new LocalProcessLauncher(), "wrong"));
        assertTrue(e.getMessage().contains("AADSTS50126"), e.getMessage());
        // the host imported the Lync shell before its credential went out, and signed in once, refused
        assertEquals(1, simulated.world().moduleImports().get());
        assertEquals(1, simulated.world().signIns().refused());
    }

    @Test
    void aWrongPasswordStopsThePoolAfterItsFirstHostSignInWhateverItsSize() {
        assertThrows(
                SignInRejectedException.class,
                () -> pool(6, Duration.ofSeconds(30), new LocalProcessLauncher(), "wrong"));
        assertEquals(1, simulated.world().moduleImports().get(), "no other host started");
        assertEquals(1, simulated.world().signIns().attempts());
    }

    @Test
    void theOtherHostsStartOnlyOnceTheFirstHasSignedIn() throws Exception {
        HostStarts starts = new HostStarts(1);
        try (ShellHostPool shell = pool(5, new WatchedLauncher(starts))) {
            starts.awaitReady(5);
        }
        assertEquals(List.of(), starts.launchedBeforeTheFirstWasReady);
    }

    @Test
    void theOtherHostsStartConcurrentlyUpToTheBound() throws Exception {
        // each later launch waits (bounded) for another: started one at a time, they could not meet
        HostStarts starts = new HostStarts(ShellHostPool.CONCURRENT_START_UPS);
        try (ShellHostPool shell = pool(1 + 2 * ShellHostPool.CONCURRENT_START_UPS, new WatchedLauncher(starts))) {
            starts.awaitReady(1 + 2 * ShellHostPool.CONCURRENT_START_UPS);
        }
        assertEquals(List.of(), starts.launchesThatMetNoOther);
        assertEquals(ShellHostPool.CONCURRENT_START_UPS, starts.mostStartingAtOnce.get());
    }

    /**
     * Follows each host from its launch to its ready frame; later launches wait at a barrier for {@code together - 1}
     * others (at most a minute, then noted).
     */
    private static final class HostStarts implements WatchedLauncher.Watcher {
        private final Set<Integer> ready = ConcurrentHashMap.newKeySet();
        private final AtomicInteger starting = new AtomicInteger();
        final AtomicInteger mostStartingAtOnce = new AtomicInteger();
        final List<Integer> launchedBeforeTheFirstWasReady = new CopyOnWriteArrayList<>();
        final List<Integer> launchesThatMetNoOther = new CopyOnWriteArrayList<>();
        private final CyclicBarrier together;
        private final Semaphore readyFrames = new Semaphore(0);

        HostStarts(int together) {
            this.together = together > 1 ? new CyclicBarrier(together) : null;
        }

        @Override
        public void launched(int process) {
            if (process > 1 && !ready.contains(1)) {
                launchedBeforeTheFirstWasReady.add(process);
            }
            if (process > 1) {
                mostStartingAtOnce.accumulateAndGet(starting.incrementAndGet(), Math::max);
                if (together != null) {
                    meet(process);
                }
            }
        }

        private void meet(int process) {
            try {
                together.await(1, TimeUnit.MINUTES);
            } catch (Exception e) {
                launchesThatMetNoOther.add(process);
            }
        }

        @Override
        public void printed(int process, String line) {
            if (line.contains("\"type\":\"ready\"") && ready.add(process)) {
                if (process > 1) {
                    starting.decrementAndGet();
                }
                readyFrames.release();
            }
        }

        void awaitReady(int hosts) throws InterruptedException {
            assertTrue(readyFrames.tryAcquire(hosts, 2, TimeUnit.MINUTES), ready + " ready");
        }
    }

    @Test
    void aCallerHearsOnceThatItsCmdletHasAHostBeforeTheHostIsAskedToRunIt() {
        try (ShellHostPool shell = pool(1, Duration.ofSeconds(30))) {
            CmdletCall call = CmdletCall.of(ShellService.ECHO).with("Identity", "taken-marker");
            List<Boolean> requestSentWhenTaken = new CopyOnWriteArrayList<>();

            shell.run(
                    call,
                    () -> requestSentWhenTaken.add(
                            simulated.requestsReceived().stream().anyMatch(line -> line.contains("taken-marker"))));

            assertEquals(List.of(false), requestSentWhenTaken);
            assertTrue(simulated.requestsReceived().stream().anyMatch(line -> line.contains("taken-marker")));
        }
    }

    @Test
    void aHostKilledMidCommandFailsThatCommandAsOutcomeUnknownAndThePoolServesTheNext() {
        simulated.world().change(w -> w.faults(w.faults().withCrashAfter(2)));
        try (ShellHostPool shell = pool(1, Duration.ofSeconds(30))) {
            CmdletCall change = CmdletCall.of(ShellService.ECHO).with("Identity", "Global");
            shell.run(change);
            shell.run(change);
            ShellException e = assertThrows(ShellException.class, () -> shell.run(change));
            assertEquals(ShellException.Kind.OUTCOME_UNKNOWN, e.kind());
            assertTrue(e.getMessage().contains("exited before answering"), e.getMessage());
            assertEquals("Global", shell.run(change).get(0).text("Identity").orElseThrow());
        }
    }

    @Test
    void aReadWhoseHostDiesIsAnsweredByAFreshHost() {
        simulated.world().change(w -> w.faults(w.faults().withCrashAfter(2)));
        try (ShellHostPool shell = pool(1, Duration.ofSeconds(30))) {
            CmdletCall read = CmdletCall.of("Get-CsAccessEdgeConfiguration");
            shell.run(read);
            shell.run(read);

            List<PsObject> answer = shell.run(read);

            assertEquals("Global", answer.get(0).text("Identity").orElseThrow());
            assertEquals(2, simulated.world().moduleImports().get(), "the dead host was replaced once");
        }
    }

    @Test
    void aCommandSlowerThanTheTimeoutIsOutcomeUnknownAndTheHostIsReplaced() {
        try (ShellHostPool shell = pool(1, Duration.ofMillis(700))) {
            simulated.world().change(w -> w.faults(w.faults().withLatency(Duration.ofSeconds(5))));
            ShellException e =
                    assertThrows(ShellException.class, () -> shell.run(CmdletCall.of("Get-CsAccessEdgeConfiguration")));
            assertEquals(ShellException.Kind.OUTCOME_UNKNOWN, e.kind());
            assertTrue(e.getMessage().contains("no answer within 700 ms"), e.getMessage());
            simulated.world().change(w -> w.faults(w.faults().withLatency(Duration.ZERO)));
            assertEquals(
                    1, shell.run(CmdletCall.of("Get-CsAccessEdgeConfiguration")).size());
            assertEquals(2, simulated.world().moduleImports().get());
        }
    }

    @Test
    void nHostsImportTheModuleAtMostNTimesForAThousandCommands() throws Exception {
        int hosts = 4;
        var callers = java.util.concurrent.Executors.newFixedThreadPool(hosts);
        try (ShellHostPool shell = pool(hosts, Duration.ofSeconds(30))) {
            List<java.util.concurrent.Future<List<PsObject>>> results = new java.util.ArrayList<>();
            for (int i = 1; i <= 1000; i++) {
                String identity = String.format("user%05d@contoso.com", 1 + i % 40);
                results.add(callers.submit(
                        () -> shell.run(CmdletCall.of("Get-CsUser").with("Identity", identity))));
            }
            for (var result : results) {
                assertEquals(1, result.get().size());
            }
        } finally {
            callers.shutdownNow();
        }
        // Hosts after the first warm up in the background: a thousand quick commands may end before all are up.
        int imports = simulated.world().moduleImports().get();
        assertTrue(imports >= 1 && imports <= hosts, imports + " module imports");
    }

    @Test
    void aLostMoveReplyIsOutcomeUnknownThoughTheUserHasMoved() {
        simulated
                .world()
                .change(w -> w.faults(w.faults()
                        .withUserFailures(java.util.Map.of(
                                "user00003@contoso.com",
                                new Faults.UserFailure(Faults.UserFailure.Kind.LOST_REPLY, 1)))));
        try (ShellHostPool shell = pool(1, Duration.ofSeconds(30))) {
            ShellException e = assertThrows(
                    ShellException.class,
                    () -> shell.run(CmdletCall.of("Move-CsUser")
                            .with("Identity", "sip:user00003@contoso.com")
                            .with("Target", World.SIPFED)
                            .with("Credential", true)));
            assertEquals(ShellException.Kind.OUTCOME_UNKNOWN, e.kind());
            PsObject user = shell.run(CmdletCall.of("Get-CsUser").with("Identity", "sip:user00003@contoso.com"))
                    .get(0);
            assertEquals(World.SIPFED, user.text("HostingProvider").orElseThrow());
        }
    }

    @Test
    void closingTheShellEndsEveryHostProcess() throws Exception {
        List<ProcessHandle> before = ProcessHandle.current().children().toList();
        List<ProcessHandle> hosts;
        try (ShellHostPool shell = pool(3, Duration.ofSeconds(30))) {
            // The first host starts before start() returns, the others in the background.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            do {
                hosts = ProcessHandle.current()
                        .children()
                        .filter(child -> !before.contains(child))
                        .toList();
            } while (hosts.size() < 3 && System.nanoTime() < deadline && pause());
            assertEquals(3, hosts.size());
        }
        for (ProcessHandle host : hosts) {
            host.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertFalse(host.isAlive());
        }
    }

    /** Polls the OS for the host processes, not for another thread of this test. */
    private static boolean pause() {
        try {
            Thread.sleep(50);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
