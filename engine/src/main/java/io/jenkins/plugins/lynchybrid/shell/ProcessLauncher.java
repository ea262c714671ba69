package io.jenkins.plugins.lynchybrid.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The port through which a shell host process is started: a local ProcessBuilder in the CLI, Jenkins'
 * Launcher on the step's agent in the plugin. Secrets never go through here: they cross later, over stdin.
 */
public interface ProcessLauncher {

    LaunchedProcess launch(List<String> command) throws IOException;

    /** Whether the processes this launcher starts run on Windows (it decides PowerShell's flags). */
    boolean windows();

    /**
     * Puts a file where the processes this launcher starts can read it (a temporary folder of the machine they
     * run on), for the bootstrap script. Closing the handle deletes the file.
     */
    StagedFile stage(String fileName, byte[] content) throws IOException;

    /** A file placed for launched processes, by its path on their machine. */
    interface StagedFile extends AutoCloseable {
        String path();

        @Override
        void close();
    }

    /** A running host process, seen through its three streams. */
    interface LaunchedProcess extends AutoCloseable {
        OutputStream stdin();

        InputStream stdout();

        InputStream stderr();

        boolean isAlive();

        /** Ends the process (and its children) at once; safe to call twice. */
        @Override
        void close();
    }
}
