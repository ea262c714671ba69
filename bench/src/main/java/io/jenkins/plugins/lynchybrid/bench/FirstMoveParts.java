package io.jenkins.plugins.lynchybrid.bench;

import io.jenkins.plugins.lynchybrid.graph.Domain;
import io.jenkins.plugins.lynchybrid.graph.FederationConfiguration;
import io.jenkins.plugins.lynchybrid.graph.GraphUser;
import io.jenkins.plugins.lynchybrid.graph.Organization;
import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.graph.UserLookup;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.ProcessLauncher;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the time to the first move goes, seen from outside the engine: the first host process (launched, its
 * first output line, each line the engine writes to it, its ready frame), every cmdlet and Graph call until the
 * first Move-CsUser has answered. Each event is kept once, at its first occurrence, as milliseconds from the start.
 */
final class FirstMoveParts {
    private final long start = System.nanoTime();
    private final Map<Long, String> events = new ConcurrentSkipListMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean moved = new AtomicBoolean();
    private final AtomicLong movedAt = new AtomicLong();

    /** From the start to the first Move-CsUser's answer: the service accepted the first move. */
    double firstMoveSeconds() {
        return (movedAt.get() - start) / 1e9;
    }

    void note(String event) {
        if (!moved.get() && seen.add(event)) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            events.merge(ms, event, (a, b) -> a + ", " + b);
        }
    }

    private <T> T timed(String what, Supplier<T> call) {
        note(what + " sent");
        T answer = call.get();
        note(what + " answered");
        return answer;
    }

    /** The events in order, "+ms event" each. */
    String describe() {
        StringJoiner text = new StringJoiner("; ");
        events.forEach((ms, event) -> text.add(String.format(Locale.ROOT, "+%d %s", ms, event)));
        return text.toString();
    }

    ProcessLauncher launcher() {
        return new Launcher();
    }

    LyncShell shell(LyncShell shell) {
        return new Shell(shell);
    }

    TenantDirectory directory(TenantDirectory directory) {
        return new Directory(directory);
    }

    /** The first host process's life: launch, first stdout line, the engine's writes, its frames. */
    private final class Launcher implements ProcessLauncher {
        private final ProcessLauncher local = new LocalProcessLauncher();
        private final AtomicInteger launched = new AtomicInteger();

        @Override
        public LaunchedProcess launch(List<String> command) throws IOException {
            int index = launched.incrementAndGet();
            String name = "host " + index;
            if (index == 1) {
                note("host 1 launched");
            }
            LaunchedProcess process = local.launch(command);
            return index == 1 ? new Watched(process, name) : process;
        }

        @Override
        public boolean windows() {
            return local.windows();
        }

        @Override
        public StagedFile stage(String fileName, byte[] content) throws IOException {
            return local.stage(fileName, content);
        }
    }

    private final class Watched implements ProcessLauncher.LaunchedProcess {
        private final ProcessLauncher.LaunchedProcess process;
        private final OutputStream stdin;
        private final InputStream stdout;

        Watched(ProcessLauncher.LaunchedProcess process, String name) {
            this.process = process;
            AtomicInteger writes = new AtomicInteger();
            // Only the count of lines written is kept: the first carries the credential, never read here.
            this.stdin = new FilterOutputStream(process.stdin()) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                    note(name + " stdin line " + writes.incrementAndGet() + " written");
                }
            };
            this.stdout = new LineWatch(process.stdout(), line -> {
                if (line.contains("\"type\":\"")) {
                    int at = line.indexOf("\"type\":\"") + 8;
                    note(name + " frame " + line.substring(at, line.indexOf('"', at)));
                } else if (!line.contains("\"id\":")) {
                    note(name + " first stray line (process up)");
                }
            });
        }

        @Override
        public OutputStream stdin() {
            return stdin;
        }

        @Override
        public InputStream stdout() {
            return stdout;
        }

        @Override
        public InputStream stderr() {
            return process.stderr();
        }

        @Override
        public boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public void close() {
            process.close();
        }
    }

    /** Hands each complete stdout line (as text) to a watcher as the engine reads it. */
    private static final class LineWatch extends FilterInputStream {
        private final Consumer<String> watcher;
        private final StringBuilder line = new StringBuilder();

        LineWatch(InputStream in, Consumer<String> watcher) {
            super(in);
            this.watcher = watcher;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                seen((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                seen(buffer[offset + i]);
            }
            return n;
        }

        private void seen(byte b) {
            if (b == '\n') {
                watcher.accept(line.toString());
                line.setLength(0);
            } else if (line.length() < 400) {
                line.append((char) (b & 0xff));
            }
        }
    }

    private final class Shell implements LyncShell {
        private final LyncShell shell;

        Shell(LyncShell shell) {
            this.shell = shell;
        }

        @Override
        public List<PsObject> run(CmdletCall call) {
            List<PsObject> answer = timed(call.cmdlet(), () -> shell.run(call));
            if (call.cmdlet().equals("Move-CsUser") && movedAt.compareAndSet(0, System.nanoTime())) {
                moved.set(true);
            }
            return answer;
        }

        @Override
        public Optional<Set<String>> moveCsUserParameters() {
            return shell.moveCsUserParameters();
        }

        @Override
        public void close() {
            shell.close();
        }
    }

    private final class Directory implements TenantDirectory {
        private final TenantDirectory directory;

        Directory(TenantDirectory directory) {
            this.directory = directory;
        }

        @Override
        public void signIn() {
            timed("Graph sign-in (job's)", () -> {
                directory.signIn();
                return null;
            });
        }

        @Override
        public Organization organization() {
            return directory.organization();
        }

        @Override
        public List<Domain> domains() {
            return directory.domains();
        }

        @Override
        public Optional<Domain> domain(String id) {
            return directory.domain(id);
        }

        @Override
        public Optional<FederationConfiguration> federationConfiguration(String domainId) {
            return directory.federationConfiguration(domainId);
        }

        @Override
        public void forEachUserPage(String filter, Consumer<List<GraphUser>> page) {
            directory.forEachUserPage(filter, page);
        }

        @Override
        public Map<String, UserLookup> users(Collection<String> userPrincipalNames) {
            return timed("Graph $batch", () -> directory.users(userPrincipalNames));
        }
    }
}
