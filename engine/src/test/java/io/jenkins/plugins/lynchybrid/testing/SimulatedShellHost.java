package io.jenkins.plugins.lynchybrid.testing;

import io.jenkins.plugins.lynchybrid.simulator.shell.ShellBridge;
import io.jenkins.plugins.lynchybrid.simulator.shell.ShellService;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * A simulated shell reachable as a real child process: a {@link ShellBridge} over a world, and the command
 * line that starts the simulator's ShellHostMain with this JVM and the test classpath. Feed {@link #settings} to the
 * engine as a site would name powershell.exe.
 */
public final class SimulatedShellHost implements AutoCloseable {
    private final World world;
    private final ShellService service;
    private final ShellBridge bridge;

    public SimulatedShellHost(World world) {
        this.world = world;
        this.service = new ShellService(world);
        try {
            this.bridge = new ShellBridge(world, service);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the shell bridge", e);
        }
    }

    public World world() {
        return world;
    }

    public ShellService service() {
        return service;
    }

    /** {@code java -cp <test classpath> ShellHostMain --bridge 127.0.0.1:PORT}. */
    public List<String> command() {
        return bridge.hostCommand();
    }

    /** The request lines the host processes read from stdin, as read, oldest first. */
    public List<String> requestsReceived() {
        return bridge.requestsReceived();
    }

    public ShellSettings settings(int hosts, Duration commandTimeout) {
        return new ShellSettings(command(), hosts, commandTimeout, null);
    }

    @Override
    public void close() {
        bridge.close();
    }
}
