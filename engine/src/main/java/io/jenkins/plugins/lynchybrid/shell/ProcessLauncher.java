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
