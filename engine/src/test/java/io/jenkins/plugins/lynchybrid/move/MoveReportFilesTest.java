package io.jenkins.plugins.lynchybrid.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.report.ReportFiles;
import io.jenkins.plugins.lynchybrid.users.SourceProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The move reports as files: never written through a link, owner-only, well-formed whatever the hosts said. */
class MoveReportFilesTest {
    private static final String VICTIM_TEXT = "ssh-ed25519 AAAA planted\n";

    @TempDir
    Path dir;

    private static MoveResult result(String reason) {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        return new MoveResult(
                Home.ONLINE,
                false,
                now,
                now.plusSeconds(3),
                List.of(new UserOutcome(
                        "ann@contoso.com", "sip:ann@contoso.com", UserOutcome.Status.FAILED, reason, 1, 5, now)),
                List.of(new SourceProblem("users.csv:3", "names no user")),
                List.of(),
                Optional.empty(),
                1,
                List.of(),
                MoveTimeline.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {MoveReports.JSON_FILE, MoveReports.JUNIT_FILE, MoveReports.HTML_FILE})
    void aLinkPlantedAtAReportNameIsReplacedNotWrittenThrough(String name) throws IOException {
        Path victim = Files.writeString(dir.resolve("authorized_keys"), VICTIM_TEXT);
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Files.createSymbolicLink(reports.resolve(name), victim);

        MoveReports.write(result("refused"), reports);

        assertEquals(VICTIM_TEXT, Files.readString(victim));
        assertFalse(Files.isSymbolicLink(reports.resolve(name)));
        assertTrue(Files.readString(reports.resolve(name)).contains("ann@contoso.com"));
    }

    @Test
    void aReportDirectoryThatIsALinkIsRefusedAndNothingIsWrittenThroughIt() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path reports = Files.createSymbolicLink(dir.resolve("reports"), elsewhere);

        assertThrows(ConfigurationException.class, () -> ReportFiles.prepareDirectory(reports));
        assertThrows(IOException.class, () -> MoveReports.write(result("refused"), reports));

        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void everyReportAndANewReportDirectoryAreOwnerOnly() throws IOException {
        Path reports = dir.resolve("new").resolve("reports");

        List<Path> written = MoveReports.write(result("refused"), reports);

        assertEquals(3, written.size());
        for (Path file : written) {
            assertEquals(
                    "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(reports)));
    }

    @Test
    void anUnpairedSurrogateInAHostMessageStillGivesEveryReportWellFormed() throws Exception {
        List<Path> written = MoveReports.write(result("Move-CsUser: bad \uD83D name"), dir);

        assertEquals(3, written.size());
        for (Path file : written) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains("bad ") && !text.contains("\uD83D"), file + ": " + text);
        }
        assertTrue(Files.readString(dir.resolve(MoveReports.JSON_FILE)).contains("bad \uFFFD name"));
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(dir.resolve(MoveReports.JUNIT_FILE).toFile());
    }

    @Test
    void hostTextCannotDisguiseItselfInTheHtmlReport() throws IOException {
        MoveReports.write(result("done\u202Etxt.exe \u009B31m<script>"), dir);

        String html = Files.readString(dir.resolve(MoveReports.HTML_FILE));

        assertTrue(html.contains("done\\u202Etxt.exe \\u009B31m&lt;script&gt;"), html);
        assertFalse(html.contains("\u202E") || html.contains("\u009B"), html);
    }

    @Test
    void aReportDirectoryThatIsAFileIsRefusedNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("reports"), "not a directory");

        ConfigurationException error =
                assertThrows(ConfigurationException.class, () -> ReportFiles.prepareDirectory(file));

        assertTrue(error.getMessage().contains("report directory " + file), error.getMessage());
        assertTrue(error.getMessage().contains("not a directory"), error.getMessage());
    }

    @Test
    void aReportDirectoryBelowAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("reports"), "not a directory");

        assertThrows(ConfigurationException.class, () -> ReportFiles.prepareDirectory(file.resolve("moves")));
    }

    @Test
    void aDirectoryInWhichNoFileCanBeCreatedIsRefusedEvenForRoot() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc), "a Linux /proc");

        ConfigurationException error =
                assertThrows(ConfigurationException.class, () -> ReportFiles.prepareDirectory(proc));

        assertTrue(error.getMessage().contains("report directory /proc is not writable"), error.getMessage());
    }

    @Test
    void aReportDirectoryWithoutWritePermissionIsRefused() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("r-x------"));

        ConfigurationException error =
                assertThrows(ConfigurationException.class, () -> ReportFiles.prepareDirectory(reports));

        assertTrue(error.getMessage().contains("is not writable"), error.getMessage());
        assertTrue(Files.isDirectory(reports, LinkOption.NOFOLLOW_LINKS));
    }
}
