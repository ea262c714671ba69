package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Speaks the host protocol byte for byte with the simulator's host process, as documented. */
class SimulatedHostProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aHostAnswersHelloWithImportedTheCredentialWithReadyAndEachRequestWithOneFramedAnswerAndEndsWhenStdinCloses()
            throws Exception {
        try (SimulatedShellHost simulated = new SimulatedShellHost(new World(3, "pw-1".toCharArray()))) {
            Process host = new ProcessBuilder(simulated.command()).start();
            try {
                OutputStream stdin = host.getOutputStream();
                BufferedReader stdout =
                        new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
                stdin.write("{\"type\":\"hello\",\"remotePoolUrl\":null,\"online\":true}\n"
                        .getBytes(StandardCharsets.UTF_8));
                stdin.flush();

                String banner = stdout.readLine();
                assertFalse(banner.startsWith(HostProtocol.FRAME), "the banner is stray output: " + banner);
                JsonNode imported = frame(stdout.readLine());
                assertEquals("imported", imported.path("type").asText());

                stdin.write(("{\"type\":\"credential\",\"username\":\"admin@contoso.onmicrosoft.com\","
                                + "\"password\":\"pw-1\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
                stdin.flush();
                JsonNode ready = frame(stdout.readLine());
                assertEquals("ready", ready.path("type").asText());

                stdin.write(
                        "{\"id\":7,\"cmdlet\":\"Get-CsUser\",\"params\":{\"Identity\":\"sip:user00002@contoso.com\"}}\n"
                                .getBytes(StandardCharsets.UTF_8));
                stdin.flush();
                JsonNode answer = frame(stdout.readLine());
                assertEquals(7, answer.path("id").asInt());
                assertTrue(answer.path("ok").asBoolean());
                assertEquals(
                        "sip:user00002@contoso.com",
                        answer.path("objects").get(0).path("SipAddress").asText());

                stdin.close();
                assertTrue(host.waitFor(10, TimeUnit.SECONDS));
                assertEquals(0, host.exitValue());
            } finally {
                host.destroyForcibly();
            }
        }
    }

    @Test
    void beforeTheCredentialTheHostAnswersTheOnPremisesShellOnlyAndAfterItTheTenantToo() throws Exception {
        try (SimulatedShellHost simulated = new SimulatedShellHost(new World(3, "pw-1".toCharArray()))) {
            Process host = new ProcessBuilder(simulated.command()).start();
            try {
                OutputStream stdin = host.getOutputStream();
                BufferedReader stdout =
                        new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
                send(stdin, "{\"type\":\"hello\",\"remotePoolUrl\":null,\"online\":true}");
                stdout.readLine();
                JsonNode imported = frame(stdout.readLine());
                assertTrue(
                        imported.path("moveCsUserParameters").toString().contains("\"Credential\""),
                        imported.toString());

                send(
                        stdin,
                        "{\"id\":1,\"cmdlet\":\"Get-CsUser\",\"params\":{\"Identity\":\"sip:user00002@contoso.com\"}}");
                assertTrue(frame(stdout.readLine()).path("ok").asBoolean(), "the on-premises shell answers");
                send(
                        stdin,
                        "{\"id\":2,\"cmdlet\":\"Get-CsOnlineUser\",\"params\":{\"Identity\":\"user00002@contoso.com\"}}");
                JsonNode tenant = frame(stdout.readLine());
                assertEquals(
                        "You must call the Connect-MicrosoftTeams cmdlet before calling any other cmdlets.",
                        tenant.path("error").path("message").asText());
                send(
                        stdin,
                        "{\"id\":3,\"cmdlet\":\"Move-CsUser\",\"params\":{\"Identity\":\"sip:user00002@contoso.com\","
                                + "\"Target\":\"sipfed.online.lync.com\",\"Credential\":true}}");
                JsonNode move = frame(stdout.readLine());
                assertEquals(
                        HostProtocol.REFUSED_ERROR_ID,
                        move.path("error").path("errorId").asText(),
                        move.toString());

                send(
                        stdin,
                        "{\"type\":\"credential\",\"username\":\"admin@contoso.onmicrosoft.com\",\"password\":\"pw-1\"}");
                assertEquals("ready", frame(stdout.readLine()).path("type").asText());
                send(
                        stdin,
                        "{\"id\":4,\"cmdlet\":\"Get-CsOnlineUser\",\"params\":{\"Identity\":\"user00002@contoso.com\"}}");
                assertTrue(frame(stdout.readLine()).path("ok").asBoolean(), "signed in, the tenant answers");
                assertEquals(0, simulated.world().shellCalls().of("Move-CsUser"), "no Move-CsUser reached the service");
            } finally {
                host.destroyForcibly();
            }
        }
    }

    private static void send(OutputStream stdin, String line) throws Exception {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private static JsonNode frame(String line) throws Exception {
        assertTrue(line.startsWith(HostProtocol.FRAME), "not a protocol line: " + line);
        return JSON.readTree(line.substring(HostProtocol.FRAME.length()));
    }
}
