package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theMoveBatchCsvGivesUpnsAndSipOnlyLinesAreLookedUpByTheirAddress() throws Exception {
        Path csv = Files.writeString(dir.resolve("batch.csv"), """
                SipAddress,UserPrincipalName
                sip:ann@contoso.com,ann.smith@contoso.com
                sip:bob@contoso.com,
                not an address,
                """);
        List<SourceProblem> problems = new ArrayList<>();

        List<String> users = ReadinessUsers.fromCsv(
                csv, TestSites.contoso(Optional.empty(), Optional.empty(), Optional.empty()), problems::add);

        assertEquals(2, users.size(), users.toString());
        assertEquals("ann.smith@contoso.com", users.get(0));
        assertTrue(users.get(1).contains("bob@contoso.com"), users.toString());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).location().endsWith("batch.csv:4"), problems.toString());
    }
}
