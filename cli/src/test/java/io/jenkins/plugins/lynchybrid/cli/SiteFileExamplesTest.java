package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The examples in docs/site-file.md are what admins copy: {@code site-check} must accept every one as printed. */
class SiteFileExamplesTest {
    private static final Path REFERENCE = Path.of("../docs/site-file.md");
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    private static List<String> examples() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = JSON_BLOCK.matcher(Files.readString(REFERENCE));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private record Run(int exit, String out, String err) {}

    private static Run siteCheck(Path site) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return new Run(line.execute("site-check", "--site", site.toString()), out.toString(), err.toString());
    }

    @Test
    void siteCheckAcceptsEveryExampleOfTheReference() throws IOException {
        // the national-cloud example points to a trust store next to the site file
        Files.write(dir.resolve("corp-tls-root.p12"), new byte[] {0});
        List<String> examples = examples();

        assertEquals(3, examples.size(), "Lync 2013, Skype for Business Server 2019 app-only, a national cloud");
        for (int i = 0; i < examples.size(); i++) {
            Path site = Files.writeString(dir.resolve("example-" + i + ".json"), examples.get(i));

            Run run = siteCheck(site);

            assertEquals(0, run.exit(), "example " + (i + 1) + ":\n" + run.out() + run.err());
            assertTrue(run.out().contains(": usable"), run.out());
        }
    }

    @Test
    void theSfb2019ExampleSignsInToGraphAppOnlyAndKeepsTheAdminForMoves() throws IOException {
        String example = examples().get(1);

        assertTrue(example.contains("\"serverVersion\": \"sfb2019\""), example);
        assertTrue(example.contains("\"appRegistration\""), example);
        assertTrue(example.contains("\"adminUsername\""), example);
    }

    @Test
    void siteCheckNamesATypoAndExitsWithTheUsageCode() throws IOException {
        Path site =
                Files.writeString(dir.resolve("typo.json"), examples().get(0).replace("\"poolFqdn\"", "\"poolFQDN\""));

        Run run = siteCheck(site);

        assertEquals(Main.EXIT_USAGE, run.exit(), run.out());
        assertTrue(run.out().contains("poolFQDN                     unknown field: did you mean poolFqdn?"), run.out());
        assertTrue(run.out().contains("2 errors"), run.out());
    }
}
