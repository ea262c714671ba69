package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.auth.SignInGate;
import io.jenkins.plugins.lynchybrid.errors.SignInRejectedException;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import io.jenkins.plugins.lynchybrid.testing.WatchedLauncher;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * While the job's cloud sign-in (the gate's lead) is still out, the first host has imported the Lync shell but may
 * not sign in yet: it answers the on-premises shell's cmdlets meanwhile, and the tenant's wait for its sign-in.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a pool that waited for the lead before lending a host would hang here
class OnPremisesBeforeSignInTest {
    private static final String PASSWORD = "Pa55-w0rd!Contoso";
    private static final CmdletCall ON_PREMISES_READ =
            CmdletCall.of("Get-CsUser").with("Identity", "sip:user00001@contoso.com");
    private static final CmdletCall TENANT_READ =
            CmdletCall.of("Get-CsOnlineUser").with("Identity", "user00001@contoso.com");

    private final SimulatedShellHost simulated = new SimulatedShellHost(new World(10, PASSWORD.toCharArray()));
    private final SignInGate gate = new SignInGate();
    private final CompletableFuture<Void> lead = new CompletableFuture<>();

    @AfterEach
    void closeSimulator() {
        lead.complete(null);
        simulated.close();
    }

    private ShellHostPool poolWhileTheLeadIsOut(int hosts) {
        return poolWhileTheLeadIsOut(hosts, new LocalProcessLauncher());
    }

    private ShellHostPool poolWhileTheLeadIsOut(int hosts, ProcessLauncher launcher) {
        gate.lead(lead);
        return ShellHostPool.start(
                simulated.settings(hosts, Duration.ofSeconds(30)),
                launcher,
                simulated.command(),
                new AccountCredential(World.ADMIN_USERNAME, PASSWORD.toCharArray()),
                Optional.empty(),
                gate);
    }

    @Test
    void anOnPremisesReadIsAnsweredBeforeAnyHostHasSignedIn() {
        try (ShellHostPool shell = poolWhileTheLeadIsOut(1)) {
            List<PsObject> users = shell.run(ON_PREMISES_READ);

            assertEquals(
                    "sip:user00001@contoso.com", users.get(0).text("SipAddress").orElseThrow());
            assertEquals(0, simulated.world().signIns().attempts(), "no host has sent the password yet");
        }
    }

    @Test
    void aTenantCmdletWaitsForTheHostsSignInWhichWaitsForTheLead() throws Exception {
        try (ShellHostPool shell = poolWhileTheLeadIsOut(1)) {
            CompletableFuture<List<PsObject>> online = CompletableFuture.supplyAsync(() -> shell.run(TENANT_READ));
            shell.run(ON_PREMISES_READ);
            assertFalse(online.isDone(), "answered before any host signed in");

            lead.complete(null);

            assertEquals(1, online.get(1, TimeUnit.MINUTES).size());
            assertEquals(1, simulated.world().signIns().attempts());
        }
    }

    @Test
    void anOnPremisesReadWhoseHostDiesBeforeItsSignInIsAnsweredByAFreshHostOnceTheLeadHasAnswered() throws Exception {
        simulated.world().change(w -> w.faults(w.faults().withCrashAfter(1)));
        // the lead answers once the fresh host is launched: the read's retry is then waiting to sign it in
        WatchedLauncher launcher = new WatchedLauncher(new WatchedLauncher.Watcher() {
            @Override
            public void launched(int process) {
                if (process == 2) {
                    lead.complete(null);
                }
            }
        });
        try (ShellHostPool shell = poolWhileTheLeadIsOut(1, launcher)) {
            shell.run(ON_PREMISES_READ);

            List<PsObject> again = shell.run(ON_PREMISES_READ);

            assertEquals(1, again.size());
            assertEquals(2, simulated.world().moduleImports().get(), "the dead host was replaced");
            assertEquals(1, simulated.world().signIns().attempts(), "the fresh host signed in, once");
        }
    }

    @Test
    void noOtherHostStartsWhileTheFirstWaitsToSignIn() {
        try (ShellHostPool shell = poolWhileTheLeadIsOut(3)) {
            shell.run(ON_PREMISES_READ);
            shell.run(ON_PREMISES_READ);

            assertEquals(1, simulated.world().moduleImports().get());
        }
    }

    @Test
    void aRefusedLeadFailsEveryLaterCmdletWithTheRefusalAndNoHostSendsThePassword() {
        try (ShellHostPool shell = poolWhileTheLeadIsOut(4)) {
            shell.run(ON_PREMISES_READ);
            assertThrows(
                    SignInRejectedException.class,
                    () -> gate.signIn(() -> {
                        throw new TenantException(
                                URI.create("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"),
                                400,
                                "invalid_grant: AADSTS50126: Error validating credentials due to invalid username or password.",
                                null);
                    }));
            lead.completeExceptionally(new IllegalStateException("refused"));

            SignInRejectedException online = assertThrows(SignInRejectedException.class, () -> shell.run(TENANT_READ));
            assertTrue(online.getMessage().contains("AADSTS50126"), online.getMessage());
            assertThrows(SignInRejectedException.class, () -> shell.run(ON_PREMISES_READ));
        }
        assertEquals(0, simulated.world().signIns().attempts(), "no host sent the refused password");
        assertEquals(1, simulated.world().moduleImports().get(), "no other host started");
    }
}
