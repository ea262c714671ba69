package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for {@code powershell.exe -File lync-host.ps1}: speaks the host protocol (docs/powershell-host.md)
 * on stdin/stdout and runs each cmdlet in a simulator process through its {@link ShellBridge}. Usage:
 * {@code java -cp <simulator classpath> ...ShellHostMain --bridge 127.0.0.1:PORT}. Like the real host it
 * writes a non-protocol banner line first, so callers prove their framing survives stray output.
 */
public final class ShellHostMain {
    /** Starts every protocol line: ASCII record separator, then the protocol's name and version. */
    public static final String FRAME = "\u001eLH1 ";

    private static final int DIED_MID_COMMAND = 137;
    private static final int BRIDGE_TIMEOUT_MILLIS = 600_000;

    private final PrintStream out;
    private final BufferedReader bridgeIn;
    private final OutputStream bridgeOut;

    private ShellHostMain(PrintStream out, Socket bridge) throws IOException {
        this.out = out;
        this.bridgeIn = new BufferedReader(new InputStreamReader(bridge.getInputStream(), StandardCharsets.UTF_8));
        this.bridgeOut = bridge.getOutputStream();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].equals("--bridge") || !args[1].startsWith("127.0.0.1:")) {
            System.err.println("usage: ShellHostMain --bridge 127.0.0.1:PORT");
            System.exit(2);
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Socket bridge = new Socket()) {
            bridge.connect(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[1].substring(10))),
                    10_000);
            bridge.setSoTimeout(BRIDGE_TIMEOUT_MILLIS);
            out.println("Lync Server Management Shell (simulated) - module imported");
            System.exit(new ShellHostMain(out, bridge).serve(in));
        }
    }

    private int serve(BufferedReader in) throws IOException {
        JsonNode hello = message(in.readLine());
        if (hello == null || !"hello".equals(hello.path("type").asText())) {
            frame(failure(null, "InvalidArgument", "The first line must be the hello message.", "LyncHostBadRequest"));
            return 2;
        }
        // As the script: the Lync shell (local module, or the pool's remote session) is imported before the tenant
        // credential is asked for.
        ObjectNode login = ObjectNodes.empty();
        login.put("type", "hello");
        if (hello.hasNonNull("remotePoolUrl") && hello.has("remoteUsername")) {
            login.set("remoteUsername", hello.path("remoteUsername"));
            login.set("remotePassword", hello.path("remotePassword"));
        }
        JsonNode opened = relay(login);
        if (opened.path("poolSessionRefused").asBoolean()) {
            return startUpError(
                    "OpenError",
                    "Connecting to remote server " + hello.path("remotePoolUrl").asText()
                            + " failed with the following error message : Access is denied.",
                    "PSSessionOpenFailed");
        }
        // As the script: the installed Move-CsUser's parameters go with the imported message, and from then on
        // each line is a request or, once, the credential (before it, nothing given the credential runs).
        ObjectNode imported = ObjectNodes.empty();
        imported.put("type", "imported");
        imported.set("moveCsUserParameters", moveCsUserParameters());
        frame(imported);
        boolean signedIn = false;
        int crashAfter = opened.path("crashAfter").asInt();
        int commands = 0;
        String line;
        while ((line = in.readLine()) != null) {
            JsonNode request;
            try {
                request = ObjectNodes.JSON.readTree(line);
            } catch (IOException e) {
                frame(failure(null, "InvalidArgument", "The request is not valid JSON.", CmdletError.REFUSED_ID));
                continue;
            }
            if (!signedIn && "credential".equals(request.path("type").asText())) {
                if (!signIn(hello, request)) {
                    return 1;
                }
                signedIn = true;
                ObjectNode ready = ObjectNodes.empty();
                ready.put("type", "ready");
                ready.put("protocol", 1);
                ready.put("host", "simulator");
                frame(ready);
                continue;
            }
            commands++;
            if (!signedIn && request.path("params").has("Credential")) {
                frame(failure(
                        request.path("id"),
                        "InvalidOperation",
                        "The cmdlet '" + request.path("cmdlet").asText()
                                + "' needs the tenant sign-in; it runs only after the credential line.",
                        CmdletError.REFUSED_ID));
                continue;
            }
            ObjectNode call = ObjectNodes.empty();
            call.put("type", "call");
            call.set("cmdlet", request.path("cmdlet"));
            call.set("params", request.path("params"));
            call.put("received", line);
            JsonNode reply = relay(call);
            if ((crashAfter > 0 && commands > crashAfter)
                    || reply.path("replyLost").asBoolean()) {
                Runtime.getRuntime().halt(DIED_MID_COMMAND);
            }
            frame(answer(request.path("id"), reply));
        }
        return 0;
    }

    /**
     * Connect-MicrosoftTeams with the credential line's password, through the bridge; false once the start-up's error
     * frame has been written.
     */
    private boolean signIn(JsonNode hello, JsonNode credential) throws IOException {
        ObjectNode signIn = ObjectNodes.empty();
        signIn.put("type", "credential");
        signIn.put("password", credential.path("password").asText());
        if (hello.hasNonNull("teamsEnvironmentName")) {
            signIn.set("teamsEnvironmentName", hello.path("teamsEnvironmentName"));
        }
        JsonNode welcome = relay(signIn);
        if (welcome.path("serviceDown").asBoolean()) {
            startUpError(
                    "ResourceUnavailable",
                    "The remote server returned an error: (503) Server Unavailable.",
                    "System.Net.WebException,Microsoft.Teams.PowerShell.Connect.ConnectMicrosoftTeams");
            return false;
        }
        if (welcome.hasNonNull("tenantEnvironment")) {
            // Simulator-defined wording: no page gives the text of signing in to the wrong Teams environment;
            // Connect-MicrosoftTeams.md: -TeamsEnvironmentName "Specifies the Teams environment" (TeamsGCCH,
            // TeamsDOD, TeamsChina), without which the commercial one is used.
            String tenant = welcome.path("tenantEnvironment").asText();
            startUpError(
                    "AuthenticationError",
                    "The account's tenant is not in the Teams environment signed in to ("
                            + hello.path("teamsEnvironmentName").asText("commercial") + "); it is in "
                            + (tenant.isEmpty() ? "the commercial cloud" : tenant)
                            + ". Use Connect-MicrosoftTeams -TeamsEnvironmentName for a national cloud.",
                    "Connect-MicrosoftTeams");
            return false;
        }
        if (!welcome.path("ok").asBoolean()) {
            startUpError(
                    "AuthenticationError",
                    "AADSTS50126: Error validating credentials due to invalid username or password.",
                    "Connect-MicrosoftTeams");
            return false;
        }
        return true;
    }

    private static JsonNode message(String line) throws IOException {
        return line == null ? null : ObjectNodes.JSON.readTree(line);
    }

    /** As the script does once after importing the module: (Get-Command Move-CsUser).Parameters' names. */
    private JsonNode moveCsUserParameters() throws IOException {
        ObjectNode call = ObjectNodes.empty();
        call.put("type", "call");
        call.put("cmdlet", "Get-Command");
        call.putObject("params").put("Name", "Move-CsUser");
        return relay(call).path("objects").path(0).path("Parameters");
    }

    /** The start-up's error frame, as the bootstrap script writes it when the hello's sign-ins fail; exit code 1. */
    private int startUpError(String category, String message, String errorId) throws IOException {
        ObjectNode error = failure(null, category, message, errorId);
        error.put("type", "error");
        frame(error);
        return 1;
    }

    private static ObjectNode answer(JsonNode id, JsonNode reply) {
        ObjectNode answer = ObjectNodes.empty();
        answer.set("id", id);
        answer.put("ok", reply.path("ok").asBoolean());
        if (reply.path("ok").asBoolean()) {
            answer.set("objects", reply.path("objects"));
        } else {
            answer.set("error", reply.path("error"));
        }
        return answer;
    }

    private static ObjectNode failure(JsonNode id, String category, String message, String errorId) {
        ObjectNode answer = ObjectNodes.empty();
        answer.set("id", id);
        answer.put("ok", false);
        ObjectNode error = answer.putObject("error");
        error.put("category", category);
        error.put("message", message);
        error.put("errorId", errorId);
        return answer;
    }

    private JsonNode relay(ObjectNode request) throws IOException {
        bridgeOut.write((ObjectNodes.JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
        bridgeOut.flush();
        String line = bridgeIn.readLine();
        if (line == null) {
            throw new IOException("the simulator closed the shell bridge");
        }
        return ObjectNodes.JSON.readTree(line);
    }

    private void frame(ObjectNode message) throws IOException {
        out.print(FRAME + ObjectNodes.JSON.writeValueAsString(message) + "\n");
        out.flush();
    }
}
