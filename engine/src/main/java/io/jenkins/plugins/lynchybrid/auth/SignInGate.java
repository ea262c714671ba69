package io.jenkins.plugins.lynchybrid.auth;

import com.microsoft.aad.msal4j.MsalServiceException;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.errors.SignInRejectedException;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Every sign-in of one job with the tenant admin's password (MSAL's password grant or WS-Trust detour, a shell
 * host's Connect-MicrosoftTeams) passes here. Until one sign-in has been accepted they go one at a time; after the
 * first refusal none goes out again and each fails at once with {@link SignInRejectedException}. AD FS extranet
 * lockout and Entra smart lockout count every attempt, so a wrong password costs one attempt per job, not one per
 * host or per chunk of users.
 */
public final class SignInGate {
    /**
     * What a refused password looks like: Entra's {@code invalid_grant} and its AADSTS codes (50126 wrong password,
     * 50053 locked, 50055 expired, 50057 disabled, 50034 no such user), AD FS's WS-Trust fault (ID3242,
     * FailedAuthentication), and Connect-MicrosoftTeams relaying either.
     */
    private static final List<String> REFUSAL_MARKERS = List.of(
            "invalid_grant",
            "aadsts50126",
            "aadsts50053",
            "aadsts50055",
            "aadsts50057",
            "aadsts50034",
            "id3242",
            "failedauthentication");

    private final ReentrantLock firstSignIn = new ReentrantLock();
    private volatile boolean accepted;
    private volatile String refusal;
    /** The refusal itself, kept as the cause of every later rejection so they say where it came from. */
    private volatile RuntimeException refusedBy;

    private volatile CompletableFuture<?> lead = CompletableFuture.completedFuture(null);

    /**
     * Lets a sign-in already under way on another thread (through this gate) go first: {@link #signInAfterLead}
     * waits until it has ended, accepted, refused or failed. For the cloud sign-in, quick and bounded by its HTTP
     * timeouts, ahead of shell hosts whose sign-in comes after a start-up that can take minutes: the hosts start
     * beside it, but none signs in before it has answered, and a refusal reaches them before their password goes out.
     */
    public void lead(CompletableFuture<?> signIn) {
        lead = signIn;
    }

    /** As {@link #signIn}, once the {@link #lead} sign-in (if any) has ended. */
    public <T> T signInAfterLead(Supplier<T> attempt) {
        awaitLead();
        return signIn(attempt);
    }

    /** Waits until the {@link #lead} sign-in (if any) has ended, however it ended. */
    public void awaitLead() {
        lead.handle((value, failure) -> null).join();
    }

    /** Whether the {@link #lead} sign-in is still out: a shell host that signs in after it would wait now. */
    public boolean leadPending() {
        return !lead.isDone();
    }

    /** Runs one sign-in with the password, unless an earlier one was refused. */
    public <T> T signIn(Supplier<T> attempt) {
        refuseIfRejected();
        if (accepted) {
            return observed(attempt);
        }
        firstSignIn.lock();
        try {
            refuseIfRejected();
            return observed(attempt);
        } finally {
            firstSignIn.unlock();
        }
    }

    /** Throws at once when the password was refused earlier in this job. */
    public void refuseIfRejected() {
        String refused = refusal;
        if (refused != null) {
            throw rejected(refused, refusedBy);
        }
    }

    private <T> T observed(Supplier<T> attempt) {
        try {
            T value = attempt.get();
            accepted = true;
            return value;
        } catch (RuntimeException e) {
            if (isRefusal(e)) {
                refusedBy = e;
                refusal = FailureClassifier.firstLine(e.getMessage());
                throw rejected(refusal, e);
            }
            throw e;
        }
    }

    private static SignInRejectedException rejected(String refusal, Throwable cause) {
        return new SignInRejectedException(
                "the tenant admin's sign-in was refused (" + refusal + "); this job uses that credential no more, so"
                        + " the refusal costs one attempt against the account's lockout: fix the password and run again",
                cause);
    }

    static boolean isRefusal(RuntimeException error) {
        if (error instanceof TenantException && error.getCause() instanceof MsalServiceException msal) {
            return "invalid_grant".equals(msal.errorCode()) || mentionsRefusal(msal.getMessage());
        }
        if (error instanceof ShellException shell && shell.cmdlet().equals(ShellException.HOST_START)) {
            return "AuthenticationError".equalsIgnoreCase(shell.category()) || mentionsRefusal(shell.getMessage());
        }
        return error instanceof TenantException && mentionsRefusal(error.getMessage());
    }

    private static boolean mentionsRefusal(String message) {
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return REFUSAL_MARKERS.stream().anyMatch(lower::contains);
    }
}
