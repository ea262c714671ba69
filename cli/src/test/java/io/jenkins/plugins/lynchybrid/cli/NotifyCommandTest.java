package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.lynchybrid.notify.NotifyReports;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code notify --site F --password-file P --users F}: grants on Skype for Business Server 2019, refuses elsewhere. */
class NotifyCommandTest {
    @TempDir
    Path dir;

    @Test
    void onSkypeForBusinessServer2019TheWaveIsNotified() throws Exception {
        try (SimulatedCli cli = new SimulatedCli(ServerProduct.SFB_2019, 5, dir)) {
            Path wave = Files.writeString(
                    dir.resolve("wave.csv"),
                    "SipAddress\nsip:user00001@contoso.com\nsip:user00002@contoso.com\nuser00003@contoso.com\n");

            SimulatedCli.Run run = cli.run("notify", "--users", wave.toString());

            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("notify: 3 notified"), run.out());
            List<Boolean> notified = cli.hybrid()
                    .world()
                    .read(w -> w.users().stream()
                            .map(u -> w.teamsUpgradePolicies().notified(u))
                            .toList());
            assertEquals(List.of(true, true, true, false, false), notified);
            assertEquals(List.of(), cli.hybrid().world().read(World::refusedCalls));
        }
    }

    @Test
    void withAReportDirectoryTheOutcomesAreWrittenAsTheStepWritesThem() throws Exception {
        try (SimulatedCli cli = new SimulatedCli(ServerProduct.SFB_2019, 3, dir)) {
            Path reports = dir.resolve("reports").resolve("notify");

            SimulatedCli.Run run = cli.run(
                    "notify",
                    "--user",
                    "sip:user00001@contoso.com",
                    "sip:user00002@contoso.com",
                    "--report-dir",
                    reports.toString());

            assertEquals(0, run.exit(), run.err());
            JsonNode json = new ObjectMapper()
                    .readTree(reports.resolve(NotifyReports.JSON).toFile());
            assertEquals(2, json.path("notified").asInt(), json.toString());
            assertEquals(2, json.path("users").size(), json.toString());
            assertTrue(json.toString().contains("user00002@contoso.com"), json.toString());
            assertTrue(Files.readString(reports.resolve(NotifyReports.JUNIT)).contains("user00001@contoso.com"));
            assertTrue(Files.exists(reports.resolve(NotifyReports.HTML)));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ServerProduct.class,
            names = {"LYNC_2013", "SFB_2015"})
    void otherVersionsSayTheyCannotNotifyAndExitTwo(ServerProduct product) throws Exception {
        try (SimulatedCli cli = new SimulatedCli(product, 3, dir)) {
            SimulatedCli.Run run = cli.run("notify", "--user", "sip:user00001@contoso.com");

            assertEquals(Main.EXIT_USAGE, run.exit());
            assertTrue(run.err().contains("cannot notify users of their upgrade to Teams"), run.err());
            assertEquals(List.of(), cli.hybrid().world().read(World::changes));
        }
    }

    @Test
    void helpSaysWhatItDoesAndWhereItCannot() {
        StringWriter out = new StringWriter();

        int exit = Main.commandLine().setOut(new PrintWriter(out)).execute("notify", "--help");

        String help = out.toString().replaceAll("\\s+", " ");
        assertEquals(0, exit);
        assertTrue(help.contains("NotifySfbUsers"), help);
        assertTrue(help.contains("Skype for Business Server 2019 only"), help);
    }
}
