package io.jenkins.plugins.lynchybrid.jenkins.agent;

import hudson.FilePath;
import hudson.Launcher;
import hudson.Proc;
import io.jenkins.plugins.lynchybrid.shell.ProcessLauncher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the engine's shell host through Jenkins' {@link Launcher}, so it runs on the step's node (and inside
 * whatever the launcher is decorated with). Only the command and the working directory cross here: no
 * environment overrides are passed, and secrets travel later over the host's stdin.
 */
public final class AgentProcessLauncher implements ProcessLauncher {
    private static final Logger LOGGER = Logger.getLogger(AgentProcessLauncher.class.getName());

    /** {@code WorkspaceList.COMBINATOR}'s system property (named after the class, {@code hudson.slaves.WorkspaceList}). */
    static final String COMBINATOR_PROPERTY = "hudson.slaves.WorkspaceList";

    private final Launcher launcher;
    private final FilePath workDir;

    AgentProcessLauncher(Launcher launcher, FilePath workDir) {
        this.launcher = launcher;
        this.workDir = workDir;
    }

    /**
     * Hosts for a step whose workspace is {@code workspace}. They start in, and their bootstrap script is staged
     * in, the workspace's temporary sibling, so nothing of ours lands among the files a Jenkinsfile archives or
     * commits.
     */
    public static AgentProcessLauncher forWorkspace(Launcher launcher, FilePath workspace)
            throws IOException, InterruptedException {
        FilePath temporary = temporarySibling(workspace);
        temporary.mkdirs();
        return new AgentProcessLauncher(launcher, temporary);
    }

    /**
     * The folder {@code WorkspaceList.tempDir(ws)} names: {@code ws} + the combinator + {@code tmp}, where the
     * combinator is the system property {@code hudson.slaves.WorkspaceList} (default {@code @}), as in Jenkins core.
     * Spelled out here because the compile kit has no stand-in for {@code WorkspaceList}; on a real build
     * {@code WorkspaceList.tempDir} answers the same.
     */
    static FilePath temporarySibling(FilePath workspace) {
        return workspace.sibling(workspace.getName() + System.getProperty(COMBINATOR_PROPERTY, "@") + "tmp");
    }

    @Override
    public LaunchedProcess launch(List<String> command) throws IOException {
        Proc proc = launcher.launch()
                .cmds(CommandArguments.literal(command))
                .pwd(workDir)
                // the engine logs what it runs itself; Jenkins' "$ command" echo would be a second copy
                .quiet(true)
                .writeStdin()
                .readStdout()
                .readStderr()
                .start();
        OutputStream stdin = proc.getStdin();
        InputStream stdout = proc.getStdout();
        InputStream stderr = proc.getStderr();
        if (stdin == null || stdout == null || stderr == null) {
            kill(proc);
            throw new IOException(
                    "the launcher on " + workDir.getRemote() + " did not connect the streams of " + command.get(0));
        }
        return new AgentProcess(proc, stdin, stdout, stderr);
    }

    @Override
    public boolean windows() {
        return !launcher.isUnix();
    }

    /** Writes the file into the node's work folder, so a host started there can read it. */
    @Override
    public StagedFile stage(String fileName, byte[] content) throws IOException {
        try {
            int dot = fileName.lastIndexOf('.');
            FilePath file = workDir.createTempFile(
                    dot > 0 ? fileName.substring(0, dot) : fileName, dot > 0 ? fileName.substring(dot) : "");
            file.copyFrom(new ByteArrayInputStream(content));
            return new AgentFile(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + fileName + " to " + workDir.getRemote(), e);
        }
    }

    private record AgentFile(FilePath file) implements StagedFile {
        @Override
        public String path() {
            return file.getRemote();
        }

        @Override
        public void close() {
            try {
                file.delete();
            } catch (IOException e) {
                LOGGER.log(Level.FINE, "could not delete " + file.getRemote() + "; its channel is gone", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void kill(Proc proc) {
        try {
            proc.kill();
        } catch (IOException e) {
            LOGGER.log(Level.FINE, "could not kill the shell host; its channel is gone", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record AgentProcess(Proc proc, OutputStream stdin, InputStream stdout, InputStream stderr)
            implements LaunchedProcess {

        /** A process whose agent channel failed is unreachable, which for the engine is the same as dead. */
        @Override
        public boolean isAlive() {
            try {
                return proc.isAlive();
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void close() {
            kill(proc);
        }
    }
}
