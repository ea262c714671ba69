package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Speaks the host protocol byte for byte with the simulator's host process, as documented. */
class SimulatedHostProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HELLO = "{\"type\":\"hello\",\"remotePoolUrl\":null,\"online\":true}";
    private static final String CREDENTIAL =
            "{\"type\":\"credential\",\"username\":\"admin@contoso.onmicrosoft.com\",\"password\":\"pw-1\"}";

    private final SimulatedShellHost simulated = new SimulatedShellHost(new World(3, "pw-1".toCharArray()));
    private Process host;
    private BufferedReader stdout;

    @BeforeEach
    void startTheHostProcess() throws IOException {
        host = new ProcessBuilder(simulated.command()).start();
        stdout = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
    }

    @AfterEach
    void stopTheHostProcess() {
        host.destroyForcibly();
        simulated.close();
    }

    @Test
    void aHostAnswersHelloWithImportedTheCredentialWithReadyAndEachRequestWithOneFramedAnswerAndEndsWhenStdinCloses()
            throws Exception {
        send(HELLO);
        String banner = stdout.readLine();
        assertFalse(banner.startsWith(HostProtocol.FRAME), "the banner is stray output: " + banner);
        assertEquals("imported", nextFrame().path("type").asText());

        send(CREDENTIAL);
        assertEquals("ready", nextFrame().path("type").asText());

        send("{\"id\":7,\"cmdlet\":\"Get-CsUser\",\"params\":{\"Identity\":\"sip:user00002@contoso.com\"}}");
        JsonNode answer = nextFrame();
        assertEquals(7, answer.path("id").asInt());
        assertTrue(answer.path("ok").asBoolean());
        assertEquals(
                "sip:user00002@contoso.com",
                answer.path("objects").get(0).path("SipAddress").asText());

        host.getOutputStream().close();
        assertTrue(host.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, host.exitValue());
    }

    @Test
    void beforeTheCredentialTheHostAnswersTheOnPremisesShellOnlyAndAfterItTheTenantToo() throws Exception {
        send(HELLO);
        stdout.readLine();
        JsonNode imported = nextFrame();
        assertTrue(imported.path("moveCsUserParameters").toString().contains("\"Credential\""), imported.toString());

        send("{\"id\":1,\"cmdlet\":\"Get-CsUser\",\"params\":{\"Identity\":\"sip:user00002@contoso.com\"}}");
        assertTrue(nextFrame().path("ok").asBoolean(), "the on-premises shell answers");
        send("{\"id\":2,\"cmdlet\":\"Get-CsOnlineUser\",\"params\":{\"Identity\":\"user00002@contoso.com\"}}");
        assertEquals(
                "You must call the Connect-MicrosoftTeams cmdlet before calling any other cmdlets.",
                nextFrame().path("error").path("message").asText());
        send("{\"id\":3,\"cmdlet\":\"Move-CsUser\",\"params\":{\"Identity\":\"sip:user00002@contoso.com\","
                + "\"Target\":\"sipfed.online.lync.com\",\"Credential\":true}}");
        JsonNode move = nextFrame();
        assertEquals(
                HostProtocol.REFUSED_ERROR_ID,
                move.path("error").path("errorId").asText(),
                move.toString());

        send(CREDENTIAL);
        assertEquals("ready", nextFrame().path("type").asText());
        send("{\"id\":4,\"cmdlet\":\"Get-CsOnlineUser\",\"params\":{\"Identity\":\"user00002@contoso.com\"}}");
        assertTrue(nextFrame().path("ok").asBoolean(), "signed in, the tenant answers");
        assertEquals(0, simulated.world().shellCalls().of("Move-CsUser"), "no Move-CsUser reached the service");
    }

    private void send(String line) throws IOException {
        host.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        host.getOutputStream().flush();
    }

    private JsonNode nextFrame() throws IOException {
        String line = stdout.readLine();
        assertTrue(line.startsWith(HostProtocol.FRAME), "not a protocol line: " + line);
        return JSON.readTree(line.substring(HostProtocol.FRAME.length()));
    }
}
