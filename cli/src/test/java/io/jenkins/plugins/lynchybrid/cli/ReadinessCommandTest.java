package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code readiness} from a site file against the simulated hybrid, through the real shell host processes,
 * Graph, DNS and the Edge: exit codes, reports, and the password kept out of all of them.
 */
class ReadinessCommandTest {
    private static final String PASSWORD = "Pa55-w0rd!readiness-cli";
    private static SimulatedHybrid hybrid;

    @TempDir
    static Path dir;

    private static Path site;
    private static Path passwordFile;

    @BeforeAll
    static void start() throws IOException {
        hybrid = SimulatedHybrid.start(Scenario.HEALTHY, 10, PASSWORD.toCharArray(), Faults.none());
        site = Files.writeString(
                dir.resolve("site.json"), SiteFile.write(SimulatedSite.describe(hybrid, dir.resolve("trust.p12"))));
        passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
    }

    @AfterAll
    static void stop() {
        hybrid.close();
    }

    private record Run(int exit, String out, String err) {}

    private static Run readiness(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        String[] all =
                Stream.concat(Stream.of("readiness"), Stream.of(arguments)).toArray(String[]::new);
        return new Run(line.execute(all), out.toString(), err.toString());
    }

    @Test
    void aHealthyHybridIsReadyAndEveryReportIsWrittenWithoutThePassword() throws IOException {
        Path reports = dir.resolve("healthy");
        Path users = Files.writeString(
                dir.resolve("users.csv"), "UserPrincipalName\nuser00001@contoso.com\nuser00002@contoso.com\n");

        Run run = readiness(
                "--site", site.toString(),
                "--password-file", passwordFile.toString(),
                "--report-dir", reports.toString(),
                "--users", users.toString());

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains(": READY"), run.out());
        for (String name : new String[] {"readiness.json", "readiness-junit.xml", "readiness.html"}) {
            String content = Files.readString(reports.resolve(name), StandardCharsets.UTF_8);
            assertFalse(content.contains(PASSWORD), name + " shows the password");
        }
        assertFalse(run.out().contains(PASSWORD) || run.err().contains(PASSWORD), "output shows the password");
    }

    @Test
    void aBrokenPrerequisiteMakesItNotReadyWithTheFixInTheOutput() {
        hybrid.world().change(w -> w.tenantFederation().put("SharedSipAddressSpace", false));
        try {
            Run run = readiness(
                    "--site", site.toString(),
                    "--password-file", passwordFile.toString(),
                    "--report-dir", dir.resolve("broken").toString());

            assertEquals(1, run.exit(), run.out() + run.err());
            assertTrue(
                    run.out().contains("Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true"), run.out());
        } finally {
            hybrid.world().change(w -> w.tenantFederation().put("SharedSipAddressSpace", true));
        }
    }

    @Test
    void anUnknownFailOnValueIsAUsageErrorNamingIt() {
        Run run = readiness(
                "--site", site.toString(), "--password-file", passwordFile.toString(), "--fail-on", "sometimes");

        assertEquals(2, run.exit());
        assertTrue(
                run.err().contains("Invalid value for option '--fail-on': 'sometimes' is not one of fail, warn"),
                run.err());
    }

    @Test
    void anUnreadableSyncThresholdIsAUsageErrorNamingIt() {
        Run run = readiness("--site", site.toString(), "--sync-threshold", "soon");

        assertEquals(2, run.exit());
        assertTrue(
                run.err().contains("Invalid value for option '--sync-threshold': 'soon' is not a duration"), run.err());
    }

    @Test
    void aMissingPasswordFileIsAConfigurationError() {
        Run run = readiness("--site", site.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--password-file is missing"), run.err());
    }

    /** The fix section of the console for one check: its numbered entry up to the next one or the verdict. */
    private static String fixOf(String console, String checkId) {
        Matcher entry = Pattern.compile(
                        "\\d+\\. \\w+ " + Pattern.quote(checkId) + ": (.*?)(?=\\n\\d+\\. |\\n\\d+ passed)",
                        Pattern.DOTALL)
                .matcher(console);
        assertTrue(entry.find(), checkId + " is not in the fix list:\n" + console);
        return entry.group(1);
    }

    @Test
    void aRejectedPasswordIsBlamedOnThePasswordNotOnTheShellCommand() throws IOException {
        Path wrong = Files.writeString(dir.resolve("wrong-password"), "not-the-password\n");

        Run run = readiness(
                "--site", site.toString(),
                "--password-file", wrong.toString(),
                "--report-dir", dir.resolve("wrong-password-report").toString());

        assertEquals(1, run.exit(), run.out() + run.err());
        String shellFix = fixOf(run.out(), "onprem.management-shell");
        assertTrue(shellFix.contains("rejected the password"), shellFix);
        assertFalse(shellFix.contains("shell.command"), shellFix);
        assertTrue(fixOf(run.out(), "tenant.sign-in").contains("rejected the password"), run.out());
    }

    @Test
    void aRefusedConnectionIsBlamedOnTheNetworkNotOnThePassword() throws IOException {
        String closed = "https://127.0.0.1:1/";
        Path unreachable = Files.writeString(
                dir.resolve("unreachable.json"),
                Files.readString(site)
                        .replaceAll("\"authorityHost\" : \"[^\"]*\"", "\"authorityHost\" : \"" + closed + "\"")
                        .replaceAll("\"graphEndpoint\" : \"[^\"]*\"", "\"graphEndpoint\" : \"" + closed + "\""));

        Run run = readiness(
                "--site", unreachable.toString(),
                "--password-file", passwordFile.toString(),
                "--report-dir", dir.resolve("unreachable-report").toString());

        String signInFix = fixOf(run.out(), "tenant.sign-in");
        assertTrue(signInFix.contains("No answer from 127.0.0.1"), signInFix);
        assertFalse(signInFix.contains("password file"), signInFix);
    }
}
