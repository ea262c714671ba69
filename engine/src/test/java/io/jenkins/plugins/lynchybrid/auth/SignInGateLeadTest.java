package io.jenkins.plugins.lynchybrid.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.SignInRejectedException;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The job's lead sign-in (the cloud's) goes first: a shell host's sign-in waits for its answer. */
class SignInGateLeadTest {
    private static final URI TOKEN_ENDPOINT = URI.create("https://login.microsoftonline.com/contoso/oauth2/v2.0/token");

    @Test
    void aSignInAfterTheLeadWaitsUntilTheLeadHasAnswered() throws Exception {
        SignInGate gate = new SignInGate();
        CompletableFuture<Void> lead = new CompletableFuture<>();
        gate.lead(lead);
        AtomicBoolean attempted = new AtomicBoolean();
        CompletableFuture<String> host = new CompletableFuture<>();
        Thread signingIn = new Thread(() -> host.complete(gate.signInAfterLead(() -> {
            attempted.set(true);
            return "signed in";
        })));
        signingIn.setDaemon(true);
        signingIn.start();
        awaitBlocked(signingIn);

        assertFalse(attempted.get(), "the host's sign-in went out before the lead answered");
        lead.complete(null);

        assertEquals("signed in", host.get(30, TimeUnit.SECONDS));
        assertTrue(attempted.get());
    }

    @Test
    void aLeadThatIsRefusedStopsTheSignInsAfterItBeforeTheirPasswordGoesOut() {
        SignInGate gate = new SignInGate();
        gate.lead(CompletableFuture.runAsync(() -> gate.signIn(() -> {
            throw new TenantException(
                    TOKEN_ENDPOINT,
                    400,
                    "invalid_grant: AADSTS50126: Error validating credentials due to invalid username or password.",
                    null);
        })));
        AtomicBoolean attempted = new AtomicBoolean();

        SignInRejectedException e = assertThrows(
                SignInRejectedException.class,
                () -> gate.signInAfterLead(() -> {
                    attempted.set(true);
                    return "signed in";
                }));

        assertFalse(attempted.get(), "a host sent the password after the tenant refused it");
        assertTrue(e.getMessage().contains("AADSTS50126"), e.getMessage());
    }

    @Test
    void aLeadThatCouldNotReachTheCloudLetsTheSignInsAfterItTryThemselves() {
        SignInGate gate = new SignInGate();
        gate.lead(CompletableFuture.failedFuture(new IllegalStateException("connect timed out")));

        assertEquals("signed in", gate.signInAfterLead(() -> "signed in"));
    }

    /** Until the thread parks (waiting for the lead) or ends (it did not wait); bounded. */
    private static void awaitBlocked(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (thread.getState() != Thread.State.WAITING
                && thread.getState() != Thread.State.TERMINATED
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
