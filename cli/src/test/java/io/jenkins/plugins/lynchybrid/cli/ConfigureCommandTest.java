package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lync-hybrid configure} against the simulated hybrid's shell host processes. */
class ConfigureCommandTest {
    private static final String PASSWORD = "Pa55-w0rd!Contoso";

    private final SimulatedHybrid hybrid =
            SimulatedHybrid.start(Scenario.UNCONFIGURED, 3, PASSWORD.toCharArray(), Faults.none());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @AfterEach
    void stopSimulator() {
        hybrid.close();
    }

    @Test
    void aDryRunPrintsThePlanWritesPlanJsonAndChangesNothing() throws Exception {
        int exit = configure("--dry-run", "--report-dir", dir.resolve("reports").toString());

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("New-CsHostingProvider -Identity 'LyncOnline'"), out.toString());
        assertTrue(out.toString().contains("Dry run: nothing was changed."), out.toString());
        JsonNode plan =
                new ObjectMapper().readTree(dir.resolve("reports/plan.json").toFile());
        assertEquals(5, plan.get("changes").size());
        assertEquals(List.of(), hybrid.world().read(w -> List.copyOf(w.changes())));
    }

    @Test
    void applyConvergesWritesEveryReportWithoutThePasswordAndARerunFindsNothingToChange() throws Exception {
        Path reports = dir.resolve("reports");

        int exit = configure("--report-dir", reports.toString());

        assertEquals(0, exit, err.toString() + out);
        assertTrue(out.toString().contains("Result: CONVERGED"), out.toString());
        assertEquals(5, changesMade());
        for (String report : List.of("plan.json", "result.json", "configure.html", "configure-junit.xml")) {
            String content = Files.readString(reports.resolve(report));
            assertFalse(content.contains(PASSWORD), report + " holds the password");
        }
        assertFalse(out.toString().contains(PASSWORD));

        out.getBuffer().setLength(0);
        assertEquals(0, configure(), err.toString());
        assertTrue(out.toString().contains("no changes; the hybrid configuration is as desired"), out.toString());
        assertEquals(5, changesMade());
    }

    private int changesMade() {
        return hybrid.world().read(w -> w.changes().size());
    }

    private int configure(String... options) throws Exception {
        Path password = dir.resolve("pw");
        Files.writeString(password, PASSWORD + "\n");
        List<String> args = new java.util.ArrayList<>(
                List.of("configure", "--site", siteFile().toString(), "--password-file", password.toString()));
        args.addAll(List.of(options));
        CommandLine line = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return line.execute(args.toArray(String[]::new));
    }

    /** The simulated site, with one shell host: configure runs one cmdlet at a time. */
    private Path siteFile() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode site =
                (ObjectNode) json.readTree(SiteFile.write(SimulatedSite.describe(hybrid, dir.resolve("trust.p12"))));
        ((ObjectNode) site.get("shell")).put("hosts", 1);
        Path file = dir.resolve("site.json");
        json.writeValue(file.toFile(), site);
        return file;
    }
}
