package io.jenkins.plugins.lynchybrid.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts a host process on this machine. The child inherits this process's environment unchanged and gets
 * nothing secret in argv or environment: the credential crosses later, over stdin.
 */
public final class LocalProcessLauncher implements ProcessLauncher {

    @Override
    public LaunchedProcess launch(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).start();
        return new Local(process);
    }

    @Override
    public boolean windows() {
        return System.getProperty("os.name").startsWith("Windows");
    }

    @Override
    public StagedFile stage(String fileName, byte[] content) throws IOException {
        Path folder = Files.createTempDirectory("lync-hybrid-");
        Path file = Files.write(folder.resolve(fileName), content);
        return new LocalFile(folder, file);
    }

    private record LocalFile(Path folder, Path file) implements StagedFile {
        @Override
        public String path() {
            return file.toString();
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file, e);
            }
        }
    }

    private record Local(Process process) implements LaunchedProcess {
        @Override
        public OutputStream stdin() {
            return process.getOutputStream();
        }

        @Override
        public InputStream stdout() {
            return process.getInputStream();
        }

        @Override
        public InputStream stderr() {
            return process.getErrorStream();
        }

        @Override
        public boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
