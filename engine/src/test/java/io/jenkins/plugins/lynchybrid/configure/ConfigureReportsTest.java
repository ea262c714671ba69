package io.jenkins.plugins.lynchybrid.configure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What plan.json, result.json, the HTML page and the JUnit file tell a reviewer. */
class ConfigureReportsTest {
    private static final Change EDGE = new Change(
            Resource.ACCESS_EDGE,
            "Global",
            Change.Action.SET,
            "AllowFederatedUsers",
            false,
            true,
            CmdletCall.of("Set-CsAccessEdgeConfiguration").with("AllowFederatedUsers", true));
    private static final Change TENANT = new Change(
            Resource.TENANT_FEDERATION,
            "Global",
            Change.Action.SET,
            "SharedSipAddressSpace",
            false,
            true,
            CmdletCall.of("Set-CsTenantFederationConfiguration").with("SharedSipAddressSpace", true));
    private static final Plan PLAN = new Plan("contoso", Flow.LYNC_2013, List.of(TENANT, EDGE));

    @TempDir
    Path reports;

    @Test
    void planJsonListsEachChangeWithItsValuesCmdletAndParameters() throws Exception {
        ConfigureReports.write(reports, dryRun());

        JsonNode changes = read(ConfigureReports.PLAN).get("changes");
        assertEquals(2, changes.size());
        JsonNode first = changes.get(0);
        assertEquals("AccessEdgeConfiguration", first.get("resource").asText());
        assertEquals("AllowFederatedUsers", first.get("property").asText());
        assertFalse(first.get("from").asBoolean());
        assertTrue(first.get("to").asBoolean());
        assertEquals("Set-CsAccessEdgeConfiguration", first.get("cmdlet").asText());
        assertTrue(first.get("parameters").get("AllowFederatedUsers").asBoolean());
    }

    @Test
    void resultJsonTellsWhatWasAppliedAndWhatWasNot() throws Exception {
        ApplyOutcome apply = new ApplyOutcome(
                List.of(
                        ChangeOutcome.applied(EDGE),
                        new ChangeOutcome(
                                TENANT,
                                ChangeOutcome.Status.OUTCOME_UNKNOWN,
                                Optional.of("Set-CsTenantFederationConfiguration: the shell host exited"))),
                Optional.of(new ReplicationReport(true, 1, List.of(), Optional.empty())),
                Optional.of("lost contact with the shell"));
        ConfigureReports.write(
                reports,
                new ConfigureResult(
                        "contoso",
                        false,
                        ConfigureResult.Status.FAILED,
                        Optional.of(PLAN),
                        Optional.of(apply),
                        Optional.empty(),
                        Optional.of("lost contact with the shell")));

        JsonNode result = read(ConfigureReports.RESULT);
        assertEquals("FAILED", result.get("status").asText());
        assertEquals("APPLIED", result.get("changes").get(0).get("status").asText());
        assertEquals(
                "OUTCOME_UNKNOWN", result.get("changes").get(1).get("status").asText());
        assertTrue(result.get("replication").get("upToDate").asBoolean());
        String junit = Files.readString(reports.resolve(ConfigureReports.JUNIT));
        assertTrue(junit.contains("tests=\"3\" failures=\"2\""), junit);
        assertTrue(junit.contains("<failure message=\"lost contact with the shell\">"), junit);
    }

    @Test
    void theHtmlReportShowsThePlannedCommandsEscaped() throws Exception {
        Change odd = new Change(
                Resource.HOSTING_PROVIDER,
                "<LyncOnline>",
                Change.Action.REMOVE,
                "ProxyFqdn",
                "sipfed.example",
                null,
                CmdletCall.of("Remove-CsHostingProvider").with("Identity", "<LyncOnline>"));
        ConfigureReports.write(
                reports,
                new ConfigureResult(
                        "contoso",
                        true,
                        ConfigureResult.Status.PLANNED,
                        Optional.of(new Plan("contoso", Flow.LYNC_2013, List.of(odd))),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));

        String html = Files.readString(reports.resolve(ConfigureReports.HTML));
        assertTrue(html.contains("<span class=\"word\">&#39;&lt;LyncOnline&gt;&#39;</span>"), html);
        assertFalse(html.contains("<LyncOnline>"));
    }

    private ConfigureResult dryRun() {
        return new ConfigureResult(
                "contoso",
                true,
                ConfigureResult.Status.PLANNED,
                Optional.of(PLAN),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private JsonNode read(String name) throws Exception {
        return new ObjectMapper().readTree(reports.resolve(name).toFile());
    }
}
