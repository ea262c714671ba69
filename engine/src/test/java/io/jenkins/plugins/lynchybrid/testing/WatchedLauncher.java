package io.jenkins.plugins.lynchybrid.testing;

import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.shell.ProcessLauncher;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts real processes on this machine and tells a {@link Watcher} how far each has got, as it happens: launched,
 * each write the engine makes to its stdin (counted, never read: the credential crosses there), and each line it
 * prints on stdout, as the engine reads it. For tests and the bench that must know where a host's start-up stands.
 */
public final class WatchedLauncher implements ProcessLauncher {
    /** Longer stdout lines are cut here: frames and banners are shorter, and nothing is held without bound. */
    private static final int LINE_LIMIT = 400;

    private final ProcessLauncher local = new LocalProcessLauncher();
    private final Watcher watcher;
    private final AtomicInteger launched = new AtomicInteger();
    private final List<LaunchedProcess> processes = new CopyOnWriteArrayList<>();

    /** What a watcher hears; {@code process} counts launches from 1. Called on the engine's threads: keep it quick. */
    public interface Watcher {
        default void launched(int process) {}

        /** The engine's {@code writes}-th write to the process's stdin (one line each: the protocol writes lines). */
        default void wrote(int process, int writes) {}

        /** One stdout line, without its line end, as Latin-1 text (protocol frames are ASCII). */
        default void printed(int process, String line) {}
    }

    public WatchedLauncher(Watcher watcher) {
        this.watcher = watcher;
    }

    /** Every process started so far, for a test to stop. */
    public List<LaunchedProcess> processes() {
        return List.copyOf(processes);
    }

    @Override
    public LaunchedProcess launch(List<String> command) throws IOException {
        int index = launched.incrementAndGet();
        watcher.launched(index);
        LaunchedProcess process = new Watched(local.launch(command), index);
        processes.add(process);
        return process;
    }

    @Override
    public boolean windows() {
        return local.windows();
    }

    @Override
    public StagedFile stage(String fileName, byte[] content) throws IOException {
        return local.stage(fileName, content);
    }

    private final class Watched implements LaunchedProcess {
        private final LaunchedProcess process;
        private final OutputStream stdin;
        private final InputStream stdout;

        Watched(LaunchedProcess process, int index) {
            this.process = process;
            AtomicInteger writes = new AtomicInteger();
            this.stdin = new FilterOutputStream(process.stdin()) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                    watcher.wrote(index, writes.incrementAndGet());
                }
            };
            this.stdout = new Lines(process.stdout(), index);
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

    /** Passes stdout through unchanged, handing each complete line to the watcher. */
    private final class Lines extends FilterInputStream {
        private final int index;
        private final StringBuilder line = new StringBuilder();

        Lines(InputStream in, int index) {
            super(in);
            this.index = index;
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
                watcher.printed(index, line.toString());
                line.setLength(0);
            } else if (line.length() < LINE_LIMIT) {
                line.append((char) (b & 0xff));
            }
        }
    }
}
