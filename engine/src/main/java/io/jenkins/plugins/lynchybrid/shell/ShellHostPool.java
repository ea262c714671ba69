package io.jenkins.plugins.lynchybrid.shell;

import static io.jenkins.plugins.lynchybrid.errors.ShellException.HOST_START;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.auth.SignInGate;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * N warm shell hosts behind {@link LyncShell}. Each host imports the Lync module once, at start, and then
 * serves many cmdlets; a caller borrows one idle host per cmdlet. A host that dies or times out fails its
 * cmdlet with OUTCOME_UNKNOWN and is replaced by a fresh one on its slot's next use.
 */
public final class ShellHostPool implements LyncShell {
    /** Importing the Lync module and connecting the tenant session takes far longer than one cmdlet. */
    private static final Duration MINIMUM_HANDSHAKE = Duration.ofMinutes(2);

    private final ProcessLauncher launcher;
    private final List<String> command;
    private final AccountCredential credential;
    private final Optional<AccountCredential> poolAdmin;
    private final Optional<String> teamsEnvironment;
    private final Redactor redactor;
    private final ShellSettings settings;
    private final BlockingQueue<Slot> idle;
    private final List<Slot> slots = new ArrayList<>();
    private final SignInGate signIns;
    private ProcessLauncher.StagedFile bootstrap;
    private volatile boolean closed;
    private volatile Optional<Set<String>> moveCsUserParameters = Optional.empty();
    /** Ends when the first host has signed in to the tenant, or with why it could not. */
    private final CompletableFuture<Void> firstSignIn = new CompletableFuture<>();
    /**
     * How many hosts start at once after the first. One at a time left a job of C moves at once waiting about C host
     * start-ups for its full speed (issue 20: 18 hosts up only 13 s after the first); all at once, beside the first
     * cmdlets, slowed those (issue 15: three start-ups beside the first move made it 2.16 times one start). A start-up
     * is mostly CPU on the agent (loading PowerShell, importing the module) with a network wait (the sign-in) in it, so
     * two at once keep a 2-core agent busy through the waits while the cmdlets already running keep their share.
     */
    static final int CONCURRENT_START_UPS = 2;

    private final ExecutorService warming;

    private ShellHostPool(
            ShellSettings settings,
            ProcessLauncher launcher,
            List<String> command,
            AccountCredential credential,
            Optional<AccountCredential> poolAdmin,
            Optional<String> teamsEnvironment,
            SignInGate signIns) {
        this.settings = settings;
        this.teamsEnvironment = teamsEnvironment;
        this.signIns = signIns;
        this.launcher = launcher;
        this.command = List.copyOf(command);
        this.credential = copyOf(credential);
        this.poolAdmin = poolAdmin.map(ShellHostPool::copyOf);
        List<AccountCredential> secrets = new ArrayList<>(List.of(credential));
        poolAdmin.ifPresent(secrets::add);
        this.redactor = new Redactor(secrets);
        this.idle = new ArrayBlockingQueue<>(settings.hosts());
        this.warming = Executors.newFixedThreadPool(
                Math.max(1, Math.min(CONCURRENT_START_UPS, settings.hosts() - 1)), runnable -> {
                    Thread thread = new Thread(runnable, "lync-host-warm-up");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    private static AccountCredential copyOf(AccountCredential account) {
        char[] password = account.password();
        try {
            return new AccountCredential(account.username(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Starts a pool of {@code settings.hosts()} hosts with {@code command} (see {@link HostCommandLine}), handing each
     * the credential, and the pool admin for the remote session when there is one. The first host imports the Lync
     * shell before this returns, and fails it (closing the pool) when it cannot. While the gate's lead sign-in is
     * still out this returns then, and the host answers on-premises cmdlets until it has signed in (tenant cmdlets
     * wait for that, and fail with its failure); otherwise this returns once it has signed in, and fails when it
     * cannot. The others start in the background once it has signed in (so the tenant has accepted the password
     * before they send it), {@link #CONCURRENT_START_UPS} at a time, and take calls as they become ready, so the
     * first cmdlet waits for one host start, not for the slowest.
     */
    public static ShellHostPool start(
            ShellSettings settings,
            ProcessLauncher launcher,
            List<String> command,
            AccountCredential credential,
            Optional<AccountCredential> poolAdmin) {
        return start(settings, launcher, command, credential, poolAdmin, new SignInGate());
    }

    /** As {@link #start(ShellSettings, ProcessLauncher, List, AccountCredential, Optional)}, signing in through {@code signIns}. */
    public static ShellHostPool start(
            ShellSettings settings,
            ProcessLauncher launcher,
            List<String> command,
            AccountCredential credential,
            Optional<AccountCredential> poolAdmin,
            SignInGate signIns) {
        return start(settings, launcher, command, credential, poolAdmin, Optional.empty(), signIns);
    }

    /**
     * As {@link #start(ShellSettings, ProcessLauncher, List, AccountCredential, Optional)}, signing in through
     * {@code signIns} to the Teams environment of a national cloud when there is one.
     */
    public static ShellHostPool start(
            ShellSettings settings,
            ProcessLauncher launcher,
            List<String> command,
            AccountCredential credential,
            Optional<AccountCredential> poolAdmin,
            Optional<String> teamsEnvironment,
            SignInGate signIns) {
        ShellHostPool pool =
                new ShellHostPool(settings, launcher, command, credential, poolAdmin, teamsEnvironment, signIns);
        for (int i = 0; i < settings.hosts(); i++) {
            pool.slots.add(new Slot());
        }
        Slot first = pool.slots.get(0);
        try {
            first.host = pool.importingHost();
            pool.moveCsUserParameters = first.host.moveCsUserParameters();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        pool.idle.add(first);
        boolean earlyReads = signIns.leadPending();
        pool.signInFirstHost();
        if (!earlyReads) {
            try {
                pool.awaitSignIn();
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        }
        return pool;
    }

    /**
     * Signs the first host in once the job's lead sign-in has answered, then starts the others. Until then the host
     * answers on-premises cmdlets (a job's first Get-CsUser, its policy reads): on an agent where the cloud sign-in
     * outlasts the module import, the first move no longer waits for those reads after the sign-in (issue 15).
     */
    private void signInFirstHost() {
        Thread thread = new Thread(
                () -> {
                    try {
                        signIns.awaitLead();
                        Slot slot = borrow(HOST_START);
                        try {
                            signIn(slot);
                            firstSignIn.complete(null);
                        } catch (RuntimeException e) {
                            slot.replace(null);
                            throw e;
                        } finally {
                            idle.add(slot);
                        }
                        slots.subList(1, slots.size()).forEach(this::warmUp);
                    } catch (RuntimeException e) {
                        firstSignIn.completeExceptionally(e);
                    } finally {
                        warming.shutdown();
                    }
                },
                "lync-host-first-sign-in");
        thread.setDaemon(true);
        thread.start();
    }

    /** A host an early cmdlet found dead was started again, signed in; otherwise this one signs in now. */
    private void signIn(Slot slot) {
        PowerShellHost host = liveHost(slot);
        if (!host.signedIn()) {
            signedIn(host);
        }
    }

    /**
     * Returns once the first host has signed in to the tenant, or throws why it could not (the same failure each
     * time): for callers that want the pool as {@link #start} gives it when no lead sign-in is out.
     */
    public void awaitSignIn() {
        awaitFirstSignIn(HOST_START);
    }

    /**
     * Waits for the first host's sign-in: a tenant cmdlet needs it, and once it has failed every cmdlet fails with
     * its cause, as the pool's start would have. Bounded by the handshake, beyond the lead's own HTTP timeouts.
     */
    private void awaitFirstSignIn(String cmdlet) {
        try {
            Duration bound = handshake().multipliedBy(2).plus(settings.commandTimeout());
            firstSignIn.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // a refusal is said afresh to each caller, as the gate says it to every later sign-in
            signIns.refuseIfRejected();
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new ShellException(
                    cmdlet,
                    ShellException.Kind.CMDLET_ERROR,
                    "OperationTimeout",
                    "",
                    "the first shell host did not sign in to the tenant in time",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShellException(
                    cmdlet,
                    ShellException.Kind.REFUSED,
                    "OperationStopped",
                    "",
                    "interrupted while the first shell host signed in to the tenant",
                    e);
        }
    }

    /**
     * Starts a slot's host in the background and then lends the slot; a start that fails leaves the slot empty, and
     * its next borrower starts the host (and sees why it fails).
     */
    private void warmUp(Slot slot) {
        warming.execute(() -> {
            try {
                if (!closed) {
                    slot.host = startHost();
                }
            } catch (RuntimeException e) {
                // the slot's next borrower tries again and reports the failure with its cmdlet
            } finally {
                if (closed) {
                    slot.replace(null);
                }
                idle.add(slot);
            }
        });
    }

    /**
     * Opens the shell a site describes, on the launcher's machine: for powershell.exe or pwsh the bootstrap
     * script is staged there and run; any other command is started as given. Every host signs in through
     * {@code signIns}, the job's one gate for the admin's password, to {@code teamsEnvironment} when the tenant is in
     * a national cloud ({@link io.jenkins.plugins.lynchybrid.site.Cloud#teamsEnvironmentName()}).
     */
    public static ShellHostPool open(
            ShellSettings settings,
            ProcessLauncher launcher,
            AccountCredential credential,
            Optional<AccountCredential> poolAdmin,
            Optional<String> teamsEnvironment,
            SignInGate signIns) {
        signIns.refuseIfRejected();
        if (!HostCommandLine.isPowerShell(settings.command().get(0))) {
            return start(settings, launcher, settings.command(), credential, poolAdmin, teamsEnvironment, signIns);
        }
        ProcessLauncher.StagedFile script = stageBootstrap(launcher);
        try {
            ShellHostPool pool = start(
                    settings,
                    launcher,
                    HostCommandLine.of(settings.command(), script.path(), launcher.windows()),
                    credential,
                    poolAdmin,
                    teamsEnvironment,
                    signIns);
            pool.bootstrap = script;
            return pool;
        } catch (RuntimeException e) {
            script.close();
            throw e;
        }
    }

    private static ProcessLauncher.StagedFile stageBootstrap(ProcessLauncher launcher) {
        try {
            return launcher.stage(BootstrapScript.FILE_NAME, BootstrapScript.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot place " + BootstrapScript.FILE_NAME + " where the shell host runs", e);
        }
    }

    private Duration handshake() {
        return settings.commandTimeout().compareTo(MINIMUM_HANDSHAKE) > 0
                ? settings.commandTimeout()
                : MINIMUM_HANDSHAKE;
    }

    /** A host that has imported the Lync shell (the slow part, before any gate: it needs no tenant credential). */
    private PowerShellHost importingHost() {
        return PowerShellHost.start(
                launcher, command, settings.remotePoolUrl(), poolAdmin, teamsEnvironment, redactor, handshake());
    }

    private PowerShellHost startHost() {
        // after a refused password no host starts: it could only be refused at the gate
        signIns.refuseIfRejected();
        PowerShellHost host = importingHost();
        try {
            return signedIn(host);
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
    }

    /**
     * Runs a cmdlet on an idle host. A read (Get-*) whose host died under it is asked once more on a fresh host
     * at once: it changes nothing, and the host's death says nothing about the answer.
     */
    @Override
    public List<PsObject> run(CmdletCall call) {
        return run(call, () -> {});
    }

    /** As {@link #run(CmdletCall)}, calling {@code taken} once the cmdlet has borrowed its host. */
    @Override
    public List<PsObject> run(CmdletCall call, Runnable taken) {
        if (call.needsTenantSignIn() || firstSignIn.isDone()) {
            awaitFirstSignIn(call.cmdlet());
        }
        Slot slot = borrow(call.cmdlet());
        try {
            taken.run();
            try {
                return runOn(slot, call);
            } catch (ShellException e) {
                if (!(call.readOnly() && hostDied(e))) {
                    throw e;
                }
                return runOn(slot, call);
            }
        } finally {
            idle.add(slot);
        }
    }

    private List<PsObject> runOn(Slot slot, CmdletCall call) {
        return liveHost(slot).run(call, settings.commandTimeout());
    }

    /** The slot's host, or a fresh one (signed in) in place of a missing or dead one. */
    private PowerShellHost liveHost(Slot slot) {
        if (slot.host == null || !slot.host.usable()) {
            slot.replace(null);
            slot.host = startHost();
        }
        return slot.host;
    }

    /** Its sign-in to the tenant (Connect-MicrosoftTeams) goes through the job's one gate, after the job's lead. */
    private PowerShellHost signedIn(PowerShellHost host) {
        return signIns.signInAfterLead(() -> {
            host.signIn(credential, handshake());
            return host;
        });
    }

    private static boolean hostDied(ShellException e) {
        return e.kind() == ShellException.Kind.OUTCOME_UNKNOWN && "OperationStopped".equals(e.category());
    }

    private Slot borrow(String cmdlet) {
        try {
            while (!closed) {
                Slot slot = idle.poll(1, TimeUnit.SECONDS);
                if (slot != null) {
                    return slot;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ShellException(
                cmdlet, ShellException.Kind.REFUSED, "OperationStopped", "", "the shell host pool is closed", null);
    }

    /** The first host's report; every host runs the same build on the same agent. */
    @Override
    public Optional<Set<String>> moveCsUserParameters() {
        return moveCsUserParameters;
    }

    /** What the pool's hosts wrote outside the protocol, redacted, for a failure report. */
    public String diagnostics() {
        StringBuilder text = new StringBuilder();
        for (Slot slot : slots) {
            PowerShellHost host = slot.host;
            if (host != null) {
                text.append(host.diagnostics()).append('\n');
            }
        }
        return text.toString().strip();
    }

    /** Ends every host (closing stdin, then stopping the process) and wipes the pool's credential copies. */
    @Override
    public void close() {
        closed = true;
        warming.shutdownNow();
        slots.forEach(slot -> slot.replace(null));
        credential.close();
        poolAdmin.ifPresent(AccountCredential::close);
        redactor.close();
        if (bootstrap != null) {
            bootstrap.close();
        }
    }

    private static final class Slot {
        volatile PowerShellHost host;

        void replace(PowerShellHost next) {
            PowerShellHost previous = host;
            host = next;
            if (previous != null) {
                previous.close();
            }
        }
    }
}
