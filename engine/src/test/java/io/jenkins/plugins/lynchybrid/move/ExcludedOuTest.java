package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.key;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --exclude-ou} as distinguished names, judged in dry runs against the simulator's Executives OU. */
class ExcludedOuTest {
    private static MoveFixture hybrid;

    @BeforeAll
    static void start() {
        hybrid = new MoveFixture(100);
    }

    @AfterAll
    static void stop() {
        hybrid.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "OU=Executives,OU=Lync,DC=contoso,DC=com",
                "OU=Executives, OU=Lync, DC=contoso, DC=com",
                "ou=EXECUTIVES,ou=lync,dc=Contoso,dc=COM",
                "OU=Executive\\73,OU=Lync,DC=contoso,DC=com",
                "OU=\"Executives\" , OU=Lync , DC=contoso , DC=com"
            })
    void everyWayOfWritingTheOuExcludesTheSameUsers(String ou) throws Exception {
        MoveResult result = hybrid.run(
                hybrid.users(45, 55), options(Home.ONLINE).withDryRun(true).withExcludedOus(List.of(ou)));

        List<String> excluded = result.outcomes().stream()
                .filter(o ->
                        o.status() == UserOutcome.Status.SKIPPED && o.reason().contains("excluded OU"))
                .map(UserOutcome::user)
                .toList();
        assertEquals(List.of(key(50)), excluded, ou);
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void aBareOuNameIsRefusedBeforeAnythingRuns() {
        ConfigurationException error = assertThrows(
                ConfigurationException.class, () -> options(Home.ONLINE).withExcludedOus(List.of("Executives")));

        assertTrue(error.getMessage().contains("'Executives' is not a distinguished name"), error.getMessage());
    }

    @Test
    void anOuThatMatchesNoUserIsReported() throws Exception {
        MoveResult result = hybrid.run(
                hybrid.users(1, 10),
                options(Home.ONLINE)
                        .withDryRun(true)
                        .withExcludedOus(
                                List.of("OU=Executives,OU=Lync,DC=contoso,DC=com", "OU=Executivs,DC=contoso,DC=com")));

        assertEquals(
                List.of(
                        "excluded OU OU=Executives,OU=Lync,DC=contoso,DC=com matched none of the 10 users checked, so it"
                                + " excluded nobody: is the distinguished name right?",
                        "excluded OU OU=Executivs,DC=contoso,DC=com matched none of the 10 users checked, so it"
                                + " excluded nobody: is the distinguished name right?"),
                result.warnings());
        assertTrue(
                MoveReports.summary(result).contains("warning: excluded OU OU=Executivs"), MoveReports.summary(result));
        assertEquals(0, result.exitCode());
    }
}
