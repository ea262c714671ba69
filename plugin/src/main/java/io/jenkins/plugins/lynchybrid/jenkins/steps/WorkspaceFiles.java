package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.AbortException;
import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jenkins.MasterToSlaveFileCallable;

/**
 * Files a step reads from or writes back to the workspace, which may be on an agent, while the engine reads and
 * writes them on the controller. Paths are workspace-relative and may not leave the workspace.
 */
final class WorkspaceFiles {
    private WorkspaceFiles() {}

    /** The workspace file {@code relative}, checked to stay inside the workspace. */
    static FilePath resolve(FilePath workspace, String relative, String parameter)
            throws IOException, InterruptedException {
        if (!workspace.isDescendant(relative)) {
            throw new AbortException(parameter + " '" + relative + "' must be a path inside the workspace");
        }
        return workspace.child(relative);
    }

    /** Copies a workspace file the step needs to {@code local}; it must exist. */
    static Path fetch(FilePath workspace, String relative, String parameter, Path local)
            throws IOException, InterruptedException {
        FilePath source = resolve(workspace, relative, parameter);
        if (!source.exists()) {
            throw new AbortException(
                    parameter + " '" + relative + "' does not exist in the workspace " + workspace.getRemote());
        }
        Files.createDirectories(local.getParent());
        source.copyTo(new FilePath(local.toFile()));
        return local;
    }

    /**
     * Checks the workspace report folder where it is, on the workspace's agent, as the engine checks a report
     * directory ({@link ReportFiles#prepareDirectory}): created when missing, a real directory (no link) in which a
     * file can be created. Before any move, so a report that could not be written fails the step while nothing has
     * changed.
     */
    static FilePath prepareReportDirectory(FilePath workspace, String relative, String parameter)
            throws IOException, InterruptedException {
        FilePath directory = resolve(workspace, relative, parameter);
        directory.act(new ReportDirectoryCheck(parameter, relative));
        return directory;
    }

    /** Runs on the agent; the engine's classes reach it as the plugin's do. */
    private static final class ReportDirectoryCheck extends MasterToSlaveFileCallable<Void> {
        private static final long serialVersionUID = 1L;
        private final String parameter;
        private final String relative;

        ReportDirectoryCheck(String parameter, String relative) {
            this.parameter = parameter;
            this.relative = relative;
        }

        @Override
        public Void invoke(File directory, VirtualChannel channel) throws IOException {
            try {
                ReportFiles.prepareDirectory(directory.toPath());
                return null;
            } catch (ConfigurationException e) {
                throw new AbortException(
                        parameter + " '" + ConsoleText.line(relative) + "': " + ConsoleText.lines(e.getMessage()));
            }
        }
    }
}
