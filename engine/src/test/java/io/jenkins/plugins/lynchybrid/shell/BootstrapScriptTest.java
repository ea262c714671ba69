package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap script (lync-host.ps1) read as code: PowerShell cannot run here, so these tests read the script
 * itself, with its comments removed and its string literals emptied, to show that a request's values are only ever
 * bound to parameters by splatting, and that no text is ever run as code.
 */
class BootstrapScriptTest {
    private static final String SCRIPT = new String(BootstrapScript.bytes(), StandardCharsets.UTF_8);
    private static final String CODE = PowerShellCode.of(SCRIPT).code();

    @Test
    void theScriptIsStagedWithAUtf8ByteOrderMarkSoWindowsPowerShellReadsItAsUtf8() throws Exception {
        byte[] file;
        try (ProcessLauncher.StagedFile staged =
                new LocalProcessLauncher().stage(BootstrapScript.FILE_NAME, BootstrapScript.bytes())) {
            file = Files.readAllBytes(Path.of(staged.path()));
        }
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
    }

    /**
     * Every way PowerShell turns text into something that runs: the expression evaluators, script blocks made from
     * text, new processes and compiled code, dot-sourcing, and strings that expand variables or sub-expressions.
     */
    @Test
    void theScriptHasNoWayToRunTextAsCode() {
        String code = CODE.toLowerCase(Locale.ROOT);
        for (String runner : List.of(
                "invoke-expression",
                "iex",
                "icm",
                "start-process",
                "start-job",
                "add-type",
                "new-module",
                "invoke-item",
                "scriptblock",
                "invokescript",
                "newscriptblock",
                "addscript",
                "$executioncontext")) {
            assertFalse(
                    Pattern.compile("(?<![\\w-])" + Pattern.quote(runner) + "(?![\\w-])")
                            .matcher(code)
                            .find(),
                    runner);
        }
        // Invoke-Command only with a script block written in the script (Read-PoolServerBuild's remote reads)
        Matcher invokeCommand =
                Pattern.compile("(?<![\\w-])invoke-command(?![\\w-])[^\\n{]*").matcher(code);
        while (invokeCommand.find()) {
            assertTrue(invokeCommand.group().endsWith("-scriptblock "), "Invoke-Command with " + invokeCommand.group());
        }
        assertFalse(Pattern.compile("(^|[\\s;(|])\\.\\s+[$(]").matcher(CODE).find(), "no dot-sourcing");
        PowerShellCode.of(SCRIPT)
                .expandableStrings()
                .forEach(s -> assertFalse(s.contains("$") || s.contains("`"), "an expandable string expands: " + s));
    }

    /**
     * One command is invoked by a name that comes from a request: {@code & $command @splat}. Its name has passed the
     * allow-list before Get-Command resolves it to a cmdlet or function (never a script or an application), and its
     * parameters are the request's values, splatted.
     */
    @Test
    void theOnlyCommandCalledByARequestsNameIsAnAllowListedCmdletGivenItsValuesBySplatting() {
        assertEquals(List.of("& $command @splat"), matches(CODE, "&[^\\n|)]*"), "the call operator's only use");
        assertEquals(List.of("@splat", "@connect"), matches(CODE, "@[A-Za-z_]\\w*"), "the splatted variables");
        assertEquals(
                List.of(
                        "$connect = @{ Credential = $credential }",
                        "$connect.TeamsEnvironmentName = [string] $hello.teamsEnvironmentName }"),
                matches(CODE, "\\$connect[.\\w]*\\s*=[^\\n]*"),
                "@connect: Connect-MicrosoftTeams' credential and the hello's Teams environment, nothing else");
        assertEquals(
                List.of(
                        "$command = Get-Command -Module $parts[0] -Name $parts[1] -CommandType @('', '')",
                        "$command = Get-Command -Name $name -CommandType @('', '') -All |"),
                matches(CODE, "\\$command\\s*=[^\\n]*"),
                "$command: a cmdlet or function named by the request");
        assertTrue(
                SCRIPT.contains("Get-Command -Name $name -CommandType @('Cmdlet', 'Function')"),
                "resolved as a cmdlet or function only");
        assertEquals(
                List.of("$splat = ConvertTo-Splat $request.params $credential"),
                matches(invokeRequest(), "\\$splat\\s*=[^\\n]*"),
                "$splat: the request's params");
        int allowListCheck = invokeRequest().indexOf("if ($AllowedCmdlets -notcontains $name) {");
        int resolve = invokeRequest().indexOf("Get-Command -Name $name");
        assertTrue(allowListCheck >= 0 && allowListCheck < resolve, "the allow-list is checked first");
    }

    /**
     * The splat is built value by value from the request's params: each property's value bound to the parameter of
     * its name, an object refused, Credential only ever the session's credential. Nothing else goes in.
     */
    @Test
    void theSplatBindsEachRequestValueAsItCameToTheParameterOfItsName() {
        String body = functionBody("ConvertTo-Splat");

        assertTrue(body.contains("foreach ($property in $params.PSObject.Properties) {"), body);
        assertTrue(body.contains("$value = $property.Value"), body);
        assertEquals(List.of("$splat[$property.Name] = $value"), matches(body, "\\$splat\\[[^\\n]*"), body);
        assertEquals(
                List.of("$value = $property.Value", "$value = $credential"),
                matches(body, "\\$value\\s*=[^\\n]*"),
                "a value is the request's, or the session credential for Credential");
        assertTrue(body.contains("elseif ($value -is [System.Management.Automation.PSCustomObject]) {"), body);
    }

    /**
     * Before the credential line the script answers only the on-premises shell: the engine holds back exactly the
     * cmdlets the script would refuse then (its tenant list, and any cmdlet given the credential).
     */
    @Test
    void theEngineHoldsBackUntilTheSignInExactlyTheCmdletsTheScriptRefusesBeforeIt() {
        for (String tenant : listed("$TenantCmdlets")) {
            assertTrue(CmdletCall.of(tenant).needsTenantSignIn(), tenant);
        }
        for (String onPremises : listed("$OnPremCmdlets")) {
            assertFalse(CmdletCall.of(onPremises).needsTenantSignIn(), onPremises);
            assertTrue(CmdletCall.of(onPremises).with("Credential", true).needsTenantSignIn(), onPremises);
        }
        String rule = "if ($null -eq $credential -and $tenant) {";
        assertTrue(invokeRequest().contains(rule), invokeRequest());
        assertTrue(
                invokeRequest().indexOf(rule) < invokeRequest().indexOf("ConvertTo-Splat"), "refused before binding");
    }

    private static List<String> listed(String variable) {
        int start = SCRIPT.indexOf(variable + " = @(");
        assertTrue(start >= 0, "the script defines " + variable);
        return matches(SCRIPT.substring(start, SCRIPT.indexOf(')', start)), "'[^']+'").stream()
                .map(quoted -> quoted.substring(1, quoted.length() - 1))
                .toList();
    }

    private static String invokeRequest() {
        return functionBody("Invoke-Request");
    }

    private static String functionBody(String name) {
        int start = CODE.indexOf("function " + name + "(");
        assertTrue(start >= 0, "the script defines " + name);
        int open = CODE.indexOf('{', start);
        int depth = 0;
        for (int i = open; i < CODE.length(); i++) {
            depth += CODE.charAt(i) == '{' ? 1 : CODE.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return CODE.substring(open, i + 1);
            }
        }
        throw new AssertionError(name + " has no end");
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group().strip());
        }
        return found;
    }
}
