package io.jenkins.plugins.lynchybrid.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.failures.Backoff;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.failures.ReadRetry;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Get-CsUser in batches against the simulated Management Shell, counted by the simulator. */
class AccountReaderTest {
    private final World world = new World(300, "pw".toCharArray());
    private final AccountReader accounts = new AccountReader(
            new InProcessLyncShell(world), new ReadRetry(new FailureClassifier(), Backoff.exponential(Duration.ZERO)));

    @Test
    void aBatchOfUsersIsReadWithOneCallAndEachAnswerGoesToItsUser() {
        List<AccountReader.Read> reads = accounts.readBatch(
                List.of("sip:user00007@contoso.com", "user00003@contoso.com", "SIP:USER00005@contoso.com"));

        assertEquals(
                List.of("sip:user00007@contoso.com", "sip:user00003@contoso.com", "sip:user00005@contoso.com"),
                reads.stream().map(r -> r.account().orElseThrow().sipAddress()).toList());
        assertEquals(1, world.shellCalls().total());
        assertEquals(1, world.shellCalls().of("Get-CsUser", "LdapFilter"));
    }

    @Test
    void aUserTheBatchMissesIsReadOnItsOwnBeforeBeingCalledNotFound() {
        // a SIP address unlike the UPN: the batch's SIP filter misses her, Get-CsUser -Identity finds her by UPN
        world.change(w -> w.addUser("sip:jane.doe@contoso.com", "jdoe@contoso.com", "Jane Doe"));

        List<AccountReader.Read> reads =
                accounts.readBatch(List.of("user00001@contoso.com", "jdoe@contoso.com", "ghost@contoso.com"));

        assertEquals(
                "sip:jane.doe@contoso.com", reads.get(1).account().orElseThrow().sipAddress());
        assertTrue(reads.get(2).account().isEmpty(), "ghost is found by nobody");
        assertTrue(reads.get(2).failure().isEmpty(), "not found is an answer, not a failure");
        assertEquals(1, world.shellCalls().of("Get-CsUser", "LdapFilter"));
        assertEquals(2, world.shellCalls().of("Get-CsUser", "Identity"));
    }

    @Test
    void aSipAddressWithFilterCharactersCannotWidenTheBatch() {
        world.change(w -> {
            w.addUser("sip:a*@contoso.com", "astar@contoso.com", "Star");
            w.addUser("sip:b)(msRTCSIP-PrimaryUserAddress=*@contoso.com", "bparen@contoso.com", "Paren");
            w.addUser("sip:c\\2a@contoso.com", "cslash@contoso.com", "Slash");
            w.addUser("sip:axe@contoso.com", "axe@contoso.com", "Axe");
        });

        List<AccountReader.Read> reads = accounts.readBatch(List.of(
                "sip:a*@contoso.com", "sip:b)(msRTCSIP-PrimaryUserAddress=*@contoso.com", "sip:c\\2a@contoso.com"));

        assertEquals(
                List.of(
                        "sip:a*@contoso.com",
                        "sip:b)(msRTCSIP-PrimaryUserAddress=*@contoso.com",
                        "sip:c\\2a@contoso.com"),
                reads.stream().map(r -> r.account().orElseThrow().sipAddress()).toList());
        // one call found all three; had a value widened the filter, it would have returned the other users too
        assertEquals(1, world.shellCalls().total());
    }

    @Test
    void aBatchThatFailsIsReadAgainInHalvesSoOnlyTheUnreadableUserFails() {
        List<String> eight = users(1, 8);
        world.change(w -> w.unreadableUsers().add("user00006@contoso.com"));

        List<AccountReader.Read> reads = accounts.readBatch(eight);

        for (int i = 0; i < 8; i++) {
            boolean unreadable = i == 5;
            assertEquals(!unreadable, reads.get(i).account().isPresent(), eight.get(i));
            assertEquals(unreadable, reads.get(i).failure().isPresent(), eight.get(i));
        }
        assertTrue(reads.get(5).failure().orElseThrow().describe().contains("could not be read"));
        // 8 fails, then 4 + 4 (one fails), then 2 + 2 (one fails), then the two alone: 7 calls, not 8 singles
        assertEquals(7, world.shellCalls().of("Get-CsUser"));
    }

    @Test
    void aSelectionLargerThanOneBatchIsReadInBatchesOfAHundred() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<AccountReader.Read> reads = accounts.readAll(users(1, 250), pool);

            assertEquals(250, reads.size());
            assertEquals(
                    "sip:user00250@contoso.com",
                    reads.get(249).account().orElseThrow().sipAddress());
            assertEquals(3, world.shellCalls().of("Get-CsUser", "LdapFilter"));
            assertEquals(0, world.shellCalls().of("Get-CsUser", "Identity"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> users(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> String.format(Locale.ROOT, "user%05d@contoso.com", i))
                .toList();
    }
}
