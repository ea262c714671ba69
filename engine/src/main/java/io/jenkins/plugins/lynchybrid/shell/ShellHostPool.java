package io.jenkins.plugins.lynchybrid.shell;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
    private final Redactor redactor;
    private final ShellSettings settings;
    private final BlockingQueue<Slot> idle;
    private final List<Slot> slots = new ArrayList<>();
    private ProcessLauncher.StagedFile bootstrap;
    private volatile boolean closed;
    private volatile Optional<Set<String>> moveCsUserParameters = Optional.empty();

    private ShellHostPool(
            ShellSettings settings,
            ProcessLauncher launcher,
            List<String> command,
            AccountCredential credential,
            Optional<AccountCredential> poolAdmin) {
        this.settings = settings;
        this.launcher = launcher;
        this.command = List.copyOf(command);
        this.credential = copyOf(credential);
        this.poolAdmin = poolAdmin.map(ShellHostPool::copyOf);
        List<AccountCredential> secrets = new ArrayList<>(List.of(credential));
        poolAdmin.ifPresent(secrets::add);
        this.redactor = new Redactor(secrets);
        this.idle = new ArrayBlockingQueue<>(settings.hosts());
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
     * Starts {@code settings.hosts()} hosts with {@code command} (see {@link HostCommandLine}) and hands each
     * the credential, and the pool admin for the remote session when there is one. Fails, closing what
     * started, when any host cannot start.
     */
    public static ShellHostPool start(
            ShellSettings settings,
            ProcessLauncher launcher,
            List<String> command,
            AccountCredential credential,
            Optional<AccountCredential> poolAdmin) {
        ShellHostPool pool = new ShellHostPool(settings, launcher, command, credential, poolAdmin);
        ExecutorService starter = Executors.newFixedThreadPool(settings.hosts());
        try {
            List<Future<PowerShellHost>> starting = new ArrayList<>();
            for (int i = 0; i < settings.hosts(); i++) {
                starting.add(starter.submit(pool::startHost));
            }
            RuntimeException failure = null;
            for (Future<PowerShellHost> host : starting) {
                Slot slot = new Slot();
                pool.slots.add(slot);
                try {
                    slot.host = host.get();
                    pool.moveCsUserParameters = pool.moveCsUserParameters.or(slot.host::moveCsUserParameters);
                    pool.idle.add(slot);
                } catch (ExecutionException e) {
                    failure = failure != null
                            ? failure
                            : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            if (failure != null) {
                pool.close();
                throw failure;
            }
            return pool;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.close();
            throw new IllegalStateException("interrupted while starting shell hosts", e);
        } finally {
            starter.shutdownNow();
        }
    }

    /**
     * Opens the shell a site describes, on the launcher's machine: for powershell.exe or pwsh the bootstrap
     * script is staged there and run; any other command is started as given.
     */
    public static ShellHostPool open(
            ShellSettings settings,
            ProcessLauncher launcher,
            AccountCredential credential,
            Optional<AccountCredential> poolAdmin) {
        if (!HostCommandLine.isPowerShell(settings.command().get(0))) {
            return start(settings, launcher, settings.command(), credential, poolAdmin);
        }
        ProcessLauncher.StagedFile script = stageBootstrap(launcher);
        try {
            ShellHostPool pool = start(
                    settings,
                    launcher,
                    HostCommandLine.of(settings.command(), script.path(), launcher.windows()),
                    credential,
                    poolAdmin);
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

    private PowerShellHost startHost() {
        Duration handshake = settings.commandTimeout().compareTo(MINIMUM_HANDSHAKE) > 0
                ? settings.commandTimeout()
                : MINIMUM_HANDSHAKE;
        return PowerShellHost.start(
                launcher, command, credential, settings.remotePoolUrl(), poolAdmin, redactor, handshake);
    }

    @Override
    public List<PsObject> run(CmdletCall call) {
        Slot slot = borrow(call);
        try {
            if (slot.host == null || !slot.host.usable()) {
                slot.replace(null);
                slot.host = startHost();
            }
            return slot.host.run(call, settings.commandTimeout());
        } finally {
            idle.add(slot);
        }
    }

    private Slot borrow(CmdletCall call) {
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
                call.cmdlet(),
                ShellException.Kind.REFUSED,
                "OperationStopped",
                "",
                "the shell host pool is closed",
                null);
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
