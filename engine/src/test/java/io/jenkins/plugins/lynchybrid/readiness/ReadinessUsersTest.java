package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import io.jenkins.plugins.lynchybrid.users.SourceProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessUsersTest {
    @TempDir
    Path dir;

    private static final HybridSite SITE = TestSites.contoso(Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void theMoveBatchCsvGivesUpnsAndSipOnlyLinesAreLookedUpByTheirAddress() throws Exception {
        Path csv = Files.writeString(dir.resolve("batch.csv"), """
                SipAddress,UserPrincipalName
                sip:ann@contoso.com,ann.smith@contoso.com
                sip:bob@contoso.com,
                """);

        List<String> users = ReadinessUsers.fromCsv(csv, SITE, p -> {});

        assertEquals(List.of("ann.smith@contoso.com", "sip:bob@contoso.com"), users);
    }

    @Test
    void badLinesAreNamedAndFailTheGateAsTheyWouldStopAStrictMove() throws Exception {
        Path csv = Files.writeString(dir.resolve("batch.csv"), """
                SipAddress,UserPrincipalName
                sip:ann@contoso.com,ann.smith@contoso.com
                not an address,
                sip:ann@contoso.com,ann.smith@contoso.com
                """);
        List<SourceProblem> problems = new ArrayList<>();

        ConfigurationException error =
                assertThrows(ConfigurationException.class, () -> ReadinessUsers.fromCsv(csv, SITE, problems::add));

        assertEquals(
                List.of("batch.csv:3", "batch.csv:4"),
                problems.stream().map(SourceProblem::location).toList());
        assertTrue(error.getMessage().contains("2 bad line(s)"), error.getMessage());
        assertTrue(error.getMessage().contains("not ready"), error.getMessage());
    }
}
