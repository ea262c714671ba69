package io.jenkins.plugins.lynchybrid.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.users.CsvUserSource;
import io.jenkins.plugins.lynchybrid.users.CsvUserSourceTest;
import io.jenkins.plugins.lynchybrid.users.IdentityRules;
import io.jenkins.plugins.lynchybrid.users.SourceProblem;
import io.jenkins.plugins.lynchybrid.users.UserSelection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/** The whole hostile corpus in one file, run through a move job: every bad line is reported, every good line moved. */
class HostileCsvMoveTest {
    @TempDir
    Path dir;

    @Test
    void everyBadLineIsReportedWithItsReasonAndEveryGoodLineIsMoved() throws Exception {
        List<Arguments> corpus = CsvUserSourceTest.hostileLines().toList();
        StringBuilder csv = new StringBuilder("\uFEFFSipAddress,UserPrincipalName,DisplayName\r\n");
        List<Integer> badLineNumbers = new ArrayList<>();
        int line = 2;
        int good = 0;
        for (Arguments bad : corpus) {
            good++;
            csv.append(MoveFixture.sip(good)).append(",,\"User, ").append(good).append("\"\r\n");
            line++;
            csv.append((String) bad.get()[1]).append("\r\n");
            badLineNumbers.add(line);
            line += ((String) bad.get()[1]).split("\n", -1).length;
        }
        Path file = dir.resolve("wave7.csv");
        Files.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));

        try (MoveFixture hybrid = new MoveFixture(good)) {
            UserSelection selection =
                    new CsvUserSource(new IdentityRules(hybrid.site().sipDomains())).read(file);
            MoveResult result = hybrid.run(selection, MoveFixture.options(Home.ONLINE));

            assertEquals(corpus.size(), result.sourceProblems().size());
            for (int i = 0; i < corpus.size(); i++) {
                SourceProblem problem = result.sourceProblems().get(i);
                assertEquals("wave7.csv:" + badLineNumbers.get(i), problem.location(), problem.toString());
                assertTrue(problem.message().contains((String) corpus.get(i).get()[2]), problem.toString());
            }
            assertEquals(good, result.count(UserOutcome.Status.MOVED));
            assertTrue(IntStream.rangeClosed(1, good).allMatch(hybrid::online));
            assertEquals(1, result.exitCode(), "bad lines make the job report problems");
        }
    }
}
