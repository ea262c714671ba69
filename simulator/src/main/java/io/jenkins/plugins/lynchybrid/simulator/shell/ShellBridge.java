package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.SignIns;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Lets {@link ShellHostMain} processes act on this process's world: a loopback server socket relaying
 * line-delimited JSON to a {@link ShellService}. Each host holds one connection. Requests:
 * {@code {"type":"hello"}} answered {@code {"ok":true,"crashAfter":K}} (one Lync module import; with
 * {@code remoteUsername}/{@code remotePassword} the pool admin opens a remote session first, and a refused one
 * answers {@code "poolSessionRefused":true}); {@code {"type":"credential","password":..}} answered
 * {@code {"ok":bool}} (the tenant sign-in, counted as a sign-in attempt; with the service-down fault
 * {@code "serviceDown":true}; one whose {@code teamsEnvironmentName} is not the tenant's is answered
 * {@code "tenantEnvironment":<the tenant's>}); and {@code {"type":"call","cmdlet":..,"params":{..}}} answered with a
 * {@link ShellReply} as JSON; a call also carries the request line the host received on its stdin
 * ({@code "received"}), kept for {@link #requestsReceived()}.
 */
public final class ShellBridge implements AutoCloseable {
    static final int RECEIVED_KEPT = 1024;

    private final World world;
    private final ShellService service;
    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "shell-bridge");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Deque<String> received = new ArrayDeque<>();

    public ShellBridge(World world, ShellService service) throws IOException {
        this.world = world;
        this.service = service;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        connections.execute(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The {@code --bridge} argument a host process needs to reach this bridge. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /**
     * The command line that starts a {@link ShellHostMain} on this bridge with this JVM and its classpath: what
     * a site file names as its shell command when the simulator stands in for powershell.exe. Every path is
     * absolute, so the site file works from any working directory ({@code java -jar cli/target/...} leaves a
     * relative class path).
     */
    public List<String> hostCommand() {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java")
                        .toAbsolutePath()
                        .toString(),
                "-cp",
                absoluteClassPath(System.getProperty("java.class.path")),
                ShellHostMain.class.getName(),
                "--bridge",
                address());
    }

    static String absoluteClassPath(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * The request lines host processes read from their stdin, exactly as read, oldest first: what the bootstrap
     * script would parse. The last {@value #RECEIVED_KEPT} only, so a long run does not grow without bound.
     */
    public List<String> requestsReceived() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void keepReceived(String line) {
        synchronized (received) {
            if (received.size() == RECEIVED_KEPT) {
                received.removeFirst();
            }
            received.addLast(line);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = socket.getOutputStream();
            HostSession session = new HostSession();
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode request = ObjectNodes.JSON.readTree(line);
                String answer = ObjectNodes.JSON.writeValueAsString(answer(request, session));
                out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the host process went away; its connection ends with it
        } finally {
            open.remove(socket);
        }
    }

    /** What one host process has done on its connection: whether its Connect-MicrosoftTeams succeeded. */
    private static final class HostSession {
        boolean connectedToTeams;
    }

    private Object answer(JsonNode request, HostSession session) {
        String type = request.path("type").asText();
        if ("hello".equals(type)) {
            return importLyncShell(request);
        }
        if ("credential".equals(type)) {
            ObjectNode reply = signIn(request);
            session.connectedToTeams = reply.path("ok").asBoolean();
            return reply;
        }
        if (request.hasNonNull("received")) {
            keepReceived(request.get("received").asText());
        }
        String cmdlet = request.path("cmdlet").asText();
        if (!session.connectedToTeams && service.isTeamsCmdlet(cmdlet)) {
            return service.teamsNotConnected(cmdlet);
        }
        JsonNode params = request.path("params");
        return service.execute(cmdlet, params.isObject() ? (ObjectNode) params : ObjectNodes.empty());
    }

    /** The hello: the pool admin's remote session when named, then one Lync module import. */
    private ObjectNode importLyncShell(JsonNode request) {
        ObjectNode reply = ObjectNodes.empty();
        if (request.has("remoteUsername")
                && !world.openPoolSession(
                        request.path("remoteUsername").asText(),
                        request.path("remotePassword").asText().toCharArray())) {
            reply.put("ok", false);
            reply.put("poolSessionRefused", true);
            return reply;
        }
        world.moduleImports().incrementAndGet();
        reply.put("ok", true);
        reply.put("crashAfter", world.read(w -> w.faults().crashAfter()).intValue());
        return reply;
    }

    /** The credential: Connect-MicrosoftTeams with the admin's password, one sign-in attempt. */
    private ObjectNode signIn(JsonNode request) {
        ObjectNode reply = ObjectNodes.empty();
        if (world.read(w -> w.faults().serviceDown())) {
            reply.put("ok", false);
            reply.put("serviceDown", true);
            return reply;
        }
        String environment = request.path("teamsEnvironmentName").asText("");
        String tenantEnvironment = world.read(w -> w.teamsEnvironment() == null ? "" : w.teamsEnvironment());
        world.change(w -> w.teamsConnections().add(environment));
        if (!environment.equalsIgnoreCase(tenantEnvironment)) {
            world.signIns().attempted(SignIns.Channel.SHELL_HOST, false);
            reply.put("ok", false);
            reply.put("tenantEnvironment", tenantEnvironment);
            return reply;
        }
        boolean ok =
                world.adminPasswordMatches(request.path("password").asText().toCharArray());
        world.signIns().attempted(SignIns.Channel.SHELL_HOST, ok);
        reply.put("ok", ok);
        return reply;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(s -> {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        });
        connections.shutdownNow();
        try {
            connections.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
