package io.jenkins.plugins.lynchybrid.bench;

import io.jenkins.plugins.lynchybrid.graph.Domain;
import io.jenkins.plugins.lynchybrid.graph.FederationConfiguration;
import io.jenkins.plugins.lynchybrid.graph.GraphUser;
import io.jenkins.plugins.lynchybrid.graph.Organization;
import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.graph.UserLookup;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.ProcessLauncher;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.testing.WatchedLauncher;
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

    /** Real host processes; the first one's launch, the engine's writes to it and its stdout lines are noted. */
    ProcessLauncher launcher() {
        return new WatchedLauncher(new WatchedLauncher.Watcher() {
            @Override
            public void launched(int process) {
                if (process == 1) {
                    note("host 1 launched");
                }
            }

            @Override
            public void wrote(int process, int writes) {
                if (process == 1) {
                    note("host 1 stdin line " + writes + " written");
                }
            }

            @Override
            public void printed(int process, String line) {
                if (process != 1) {
                    return;
                }
                int type = line.indexOf("\"type\":\"");
                if (type >= 0) {
                    int at = type + 8;
                    note("host 1 frame " + line.substring(at, line.indexOf('"', at)));
                } else if (!line.contains("\"id\":")) {
                    note("host 1 first stray line (process up)");
                }
            }
        });
    }

    LyncShell shell(LyncShell shell) {
        return new Shell(shell);
    }

    TenantDirectory directory(TenantDirectory directory) {
        return new Directory(directory);
    }

    private final class Shell implements LyncShell {
        private final LyncShell shell;

        Shell(LyncShell shell) {
            this.shell = shell;
        }

        @Override
        public List<PsObject> run(CmdletCall call) {
            return run(call, () -> {});
        }

        @Override
        public List<PsObject> run(CmdletCall call, Runnable taken) {
            List<PsObject> answer = timed(call.cmdlet(), () -> shell.run(call, taken));
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
