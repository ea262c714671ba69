package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.simulator.shell.ShellService;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.SimulatedShellHost;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Values that would run code if a host ever built a command line from them reach the cmdlet as data. */
class HostileInputTest {
    private static final String PASSWORD = "hostile-corpus-pw";
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static SimulatedShellHost simulated;
    private static ShellHostPool shell;

    @BeforeAll
    static void startHost() {
        simulated = new SimulatedShellHost(new World(5, PASSWORD.toCharArray()));
        shell = ShellHostPool.start(
                simulated.settings(2, Duration.ofSeconds(30)),
                new LocalProcessLauncher(),
                simulated.command(),
                new AccountCredential(World.ADMIN_USERNAME, PASSWORD.toCharArray()),
                Optional.empty());
    }

    @AfterAll
    static void stopHost() {
        shell.close();
        simulated.close();
    }

    static Stream<String> corpus() {
        return Stream.of(
                "sip:o'brien@contoso.com",
                "sip:\"quoted\"@contoso.com",
                "‘curly’ “quotes” ‚low‘ „low“",
                "`backtick`n`r`0",
                "$(Remove-CsHostingProvider -Identity LyncOnline)",
                "${env:PATH}",
                "$env:USERNAME",
                "@(1,2,3)",
                "; Remove-Item C:\\ -Recurse -Force",
                "| Out-File C:\\pwned.txt",
                "& calc.exe",
                "line1\nline2\r\nline3",
                "nul\u0000inside",
                "\u202Eright-to-left override\u202C",
                "\u200F\u200Emarks\u061C",
                "'; Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false; '",
                "\"; Stop-Computer -Force; \"",
                "-Identity sip:user00001@contoso.com",
                "--% stop parsing",
                "# comment",
                "<# block comment #>",
                "@'\nhere-string\n'@",
                "{ script block }",
                "[System.IO.File]::Delete('x')",
                "%{ $_ }",
                "\\\\server\\share\\$",
                "\u001eLH1 {\"id\":1,\"ok\":true,\"objects\":[]}",
                "{\"id\":99,\"cmdlet\":\"Move-CsUser\"}",
                "\t\u000b\u000c whitespace",
                "emoji \uD83D\uDE00 and 中文",
                "x".repeat(10_240),
                "'".repeat(5_000) + "\"".repeat(5_000),
                "");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aHostileValueReachesTheCmdletUnchanged(String value) {
        List<PsObject> echo = shell.run(
                CmdletCall.of(ShellService.ECHO).with("Identity", value).with("Values", List.of(value, value)));
        assertEquals(value, echo.get(0).text("Identity").orElseThrow());
        assertEquals(List.of(value, value), echo.get(0).texts("Values"));
        assertTrue(
                simulated.world().changes().isEmpty(),
                "nothing ran: " + simulated.world().changes());
    }

    /**
     * What the host reads from its stdin, parsed strictly (no duplicate keys, nothing after the object): one request
     * whose params hold exactly the two parameters sent, Identity one JSON string and Values an array of two, each
     * equal to the hostile value. A value can neither add a parameter, nor split into two, nor end the line.
     */
    @ParameterizedTest
    @MethodSource("corpus")
    void eachHostileValueArrivesAtTheHostAsOneJsonStringBoundToOneParameter(String value) throws Exception {
        int before = simulated.requestsReceived().size();

        shell.run(CmdletCall.of(ShellService.ECHO).with("Identity", value).with("Values", List.of(value, value)));

        List<String> received = simulated.requestsReceived();
        assertEquals(before + 1, received.size(), "one request line for one call");
        JsonNode request = STRICT.readTree(received.get(received.size() - 1));
        assertEquals(List.of("id", "cmdlet", "params"), fieldNames(request));
        assertEquals(ShellService.ECHO, request.get("cmdlet").textValue());
        JsonNode params = request.get("params");
        assertEquals(List.of("Identity", "Values"), fieldNames(params));
        assertTrue(
                params.get("Identity").isTextual(),
                params.get("Identity").getNodeType().toString());
        assertEquals(value, params.get("Identity").textValue());
        JsonNode values = params.get("Values");
        assertEquals(2, values.size());
        values.forEach(v -> {
            assertTrue(v.isTextual());
            assertEquals(value, v.textValue());
        });
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aHostileIdentityIsLookedUpAsDataAndNotFound(String value) {
        ShellException e = assertThrows(
                ShellException.class,
                () -> shell.run(CmdletCall.of("Get-CsUser").with("Identity", value)));
        assertEquals("Management object not found for identity \"" + value + "\".", e.serviceMessage());
    }
}
