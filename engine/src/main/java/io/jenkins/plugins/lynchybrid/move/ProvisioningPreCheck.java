package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.graph.UserLookup;
import io.jenkins.plugins.lynchybrid.provisioning.OnlineUserReader;
import io.jenkins.plugins.lynchybrid.provisioning.ProvisioningJudge;
import io.jenkins.plugins.lynchybrid.provisioning.ProvisioningVerdict;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The last pre-check of a move online: a user every other check let through whom the hosted migration service
 * would refuse (faults 506/507, see {@link ProvisioningJudge}) fails here with the documented fix, before
 * Move-CsUser is ever sent for them.
 *
 * <p>The chunk's users are read with one batched Get-CsOnlineUser, which needs only their UPNs, so it {@linkplain
 * #start starts} beside Graph's look-up of the same users rather than after it (issue 15: after it, every chunk's
 * path held the {@code $batch} and then this shell call in series). It reads every user the on-premises checks let
 * through; only those Graph's checks let through too are judged, as before.
 */
final class ProvisioningPreCheck {
    private final OnlineUserReader reader;

    ProvisioningPreCheck(OnlineUserReader reader) {
        this.reader = reader;
    }

    /** The online view of {@code userPrincipalNames}, read on {@code executor} from now on. */
    Reading start(Collection<String> userPrincipalNames, Executor executor) {
        List<String> upns = List.copyOf(userPrincipalNames);
        return new Reading(CompletableFuture.supplyAsync(() -> reader.read(upns), executor));
    }

    /** A started read; its failures are the reader's, as if it had run on the caller's thread. */
    static final class Reading {
        private final CompletableFuture<Map<String, OnlineUserReader.Read>> reads;

        private Reading(CompletableFuture<Map<String, OnlineUserReader.Read>> reads) {
            this.reads = reads;
        }

        Map<String, OnlineUserReader.Read> join() {
            try {
                return reads.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    /**
     * {@code verdicts} with each moving user whose online account is not ready turned into a failure.
     *
     * @param upnOf the UPN of a user going online, empty for a user this check does not concern
     * @param graph the chunk's Graph look-ups, by UPN
     * @param online the {@linkplain #start started} read of at least every moving user's UPN
     */
    List<Verdict> stopUnprovisioned(
            List<Verdict> verdicts,
            Function<UserRef, Optional<String>> upnOf,
            Map<String, UserLookup> graph,
            Reading online) {
        Map<Integer, String> moving = new LinkedHashMap<>();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            Optional<String> upn = upnOf.apply(verdict.user());
            if (verdict.decision() == Verdict.Decision.MOVE && upn.isPresent()) {
                moving.put(i, upn.get());
            }
        }
        if (moving.isEmpty()) {
            return verdicts;
        }
        Map<String, OnlineUserReader.Read> reads = online.join();
        List<Verdict> judged = new ArrayList<>(verdicts);
        moving.forEach((index, upn) -> {
            Verdict verdict = judged.get(index);
            ProvisioningVerdict provisioning = ProvisioningJudge.judge(
                    upn, reads.get(upn), Optional.ofNullable(graph.get(upn)).flatMap(UserLookup::user));
            if (provisioning.blocks()) {
                judged.set(
                        index,
                        Verdict.fail(
                                verdict.user(),
                                verdict.identity(),
                                "stopped before the move: " + provisioning.describe()));
            }
        });
        return judged;
    }
}
