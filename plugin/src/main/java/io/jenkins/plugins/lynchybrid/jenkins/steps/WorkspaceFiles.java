package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.AbortException;
import hudson.FilePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
