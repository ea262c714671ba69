package io.jenkins.plugins.lynchybrid.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One long-lived shell host process speaking the host protocol: the hello, then one cmdlet at a time, the
 * on-premises shell's from the host's imported message on and the tenant's once the credential (sent once, between
 * two cmdlets) has signed it in. Not thread-safe: {@link ShellHostPool} lends it to one caller at a time.
 * A host that dies or does not answer in time is closed and must not be used again.
 */
final class PowerShellHost implements AutoCloseable {
    private static final JsonNode END_OF_OUTPUT = MissingNode.getInstance();
    private static final String HANDSHAKE = ShellException.HOST_START;

    private final ProcessLauncher.LaunchedProcess process;
    private final OutputStream stdin;
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final OutputTail diagnostics;
    private long nextId = 1;
    private volatile boolean broken;
    private volatile boolean signedIn;
    private Optional<Set<String>> moveCsUserParameters = Optional.empty();

    private PowerShellHost(ProcessLauncher.LaunchedProcess process, OutputTail diagnostics) {
        this.process = process;
        this.stdin = process.stdin();
        this.diagnostics = diagnostics;
        daemon("lync-host-stdout", () -> readFrames(process.stdout()));
        daemon("lync-host-stderr", () -> readLines(process.stderr(), "stderr"));
    }

    /**
     * Starts a host and sends it the hello (no tenant credential); returns once the host has imported the Lync shell.
     * From then on it answers on-premises cmdlets; {@link #signIn} finishes the handshake for the tenant's.
     */
    static PowerShellHost start(
            ProcessLauncher launcher,
            List<String> command,
            String remotePoolUrl,
            Optional<AccountCredential> poolAdmin,
            Optional<String> teamsEnvironment,
            Redactor redactor,
            Duration handshakeTimeout) {
        ProcessLauncher.LaunchedProcess process;
        try {
            process = launcher.launch(command);
        } catch (IOException e) {
            throw new ShellException(
                    HANDSHAKE,
                    ShellException.Kind.CMDLET_ERROR,
                    "ResourceUnavailable",
                    "",
                    "cannot start the shell host '" + command.get(0) + "': " + e.getMessage(),
                    e);
        }
        PowerShellHost host = new PowerShellHost(process, new OutputTail(redactor));
        try {
            host.send(HostProtocol.hello(remotePoolUrl, poolAdmin, true, teamsEnvironment), "hello");
            host.moveCsUserParameters = parameterNames(host.expect("imported", handshakeTimeout));
            return host;
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
    }

    /**
     * The handshake's second half: the tenant credential out, ready in (the host signs in to the tenant with it).
     * A failure closes this host.
     */
    void signIn(AccountCredential credential, Duration timeout) {
        try {
            send(HostProtocol.credential(credential), "credential");
            expect("ready", timeout);
            signedIn = true;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Whether {@link #signIn} has succeeded: the tenant's cmdlets answer. */
    boolean signedIn() {
        return signedIn;
    }

    private static Optional<Set<String>> parameterNames(JsonNode imported) {
        JsonNode parameters = imported.path("moveCsUserParameters");
        if (!parameters.isArray()) {
            return Optional.empty();
        }
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        parameters.forEach(p -> names.add(p.asText()));
        return Optional.of(Collections.unmodifiableSet(names));
    }

    private void send(byte[] line, String what) {
        try {
            stdin.write(line);
            stdin.flush();
        } catch (IOException e) {
            throw startFailure("the host closed its input before the " + what + ": " + e.getMessage());
        } finally {
            Arrays.fill(line, (byte) 0);
        }
    }

    /** The next frame, which must be of {@code type}; a host's error frame becomes its failure. */
    private JsonNode expect(String type, Duration timeout) {
        JsonNode frame = nextFrame(timeout);
        if (frame == null) {
            throw startFailure("no " + type + " message within " + timeout.toSeconds() + " s");
        }
        if (frame == END_OF_OUTPUT) {
            throw startFailure("the host exited during start-up");
        }
        if (!type.equals(frame.path("type").asText())) {
            throw HostProtocol.failure(HANDSHAKE, frame.path("error"));
        }
        return frame;
    }

    /** What the imported message reported of (Get-Command Move-CsUser).Parameters. */
    Optional<Set<String>> moveCsUserParameters() {
        return moveCsUserParameters;
    }

    private ShellException startFailure(String what) {
        return new ShellException(
                HANDSHAKE, ShellException.Kind.CMDLET_ERROR, "ResourceUnavailable", "", what + tail(), null);
    }

    /** Runs one cmdlet; on a dead host or a timeout the outcome is unknown and this host is closed. */
    List<PsObject> run(CmdletCall call, Duration timeout) {
        long id = nextId++;
        try {
            stdin.write(HostProtocol.request(id, call).getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw unknown(call, "OperationStopped", "the shell host process is gone (" + e.getMessage() + ")");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode answer = nextFrame(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (answer == null && Thread.currentThread().isInterrupted()) {
                throw unknown(call, "OperationStopped", "interrupted while the shell host was running it");
            }
            if (answer == null) {
                throw unknown(
                        call,
                        "OperationTimeout",
                        "the shell host gave no answer within " + timeout.toMillis()
                                + " ms; it was stopped and will be replaced");
            }
            if (answer == END_OF_OUTPUT) {
                throw unknown(
                        call,
                        "OperationStopped",
                        "the shell host process exited before answering; it will be replaced");
            }
            if (answer.path("id").asLong(-1) == id) {
                if (answer.path("ok").asBoolean()) {
                    return HostProtocol.objects(answer);
                }
                throw HostProtocol.failure(call.cmdlet(), answer.path("error"));
            }
        }
    }

    private ShellException unknown(CmdletCall call, String category, String what) {
        close();
        return new ShellException(
                call.cmdlet(),
                ShellException.Kind.OUTCOME_UNKNOWN,
                category,
                "",
                what + "; whether the cmdlet took effect is unknown",
                null);
    }

    private JsonNode nextFrame(Duration wait) {
        try {
            return frames.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    boolean usable() {
        return !broken && process.isAlive();
    }

    /** The host's last non-protocol output, redacted and bounded. */
    String diagnostics() {
        return diagnostics.text();
    }

    private String tail() {
        String text = diagnostics.text();
        return text.isEmpty() ? "" : "\nlast host output:\n" + text;
    }

    private void readFrames(InputStream stdout) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                HostProtocol.Line parsed = HostProtocol.parseLine(line);
                if (!parsed.stray().isEmpty()) {
                    diagnostics.add("stdout", parsed.stray());
                }
                parsed.message().ifPresent(frames::add);
            }
        } catch (IOException e) {
            // the process is gone; END_OF_OUTPUT tells the waiting caller
        } finally {
            frames.add(END_OF_OUTPUT);
        }
    }

    private void readLines(InputStream stream, String name) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                diagnostics.add(name, line);
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Closing stdin ends a healthy host; the process is then stopped in any case. */
    @Override
    public void close() {
        broken = true;
        try {
            stdin.close();
        } catch (IOException e) {
            // already gone
        }
        process.close();
    }
}
