package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.graph.UserLookup;
import io.jenkins.plugins.lynchybrid.provisioning.OnlineUserReader;
import io.jenkins.plugins.lynchybrid.provisioning.ProvisioningJudge;
import io.jenkins.plugins.lynchybrid.provisioning.ProvisioningVerdict;
import io.jenkins.plugins.lynchybrid.users.UserRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The last pre-check of a move online: the users every other check let through are read with one batched
 * Get-CsOnlineUser per chunk, and a user the hosted migration service would refuse (faults 506/507, see
 * {@link ProvisioningJudge}) fails here with the documented fix, before Move-CsUser is ever sent for them.
 */
final class ProvisioningPreCheck {
    private final OnlineUserReader reader;

    ProvisioningPreCheck(OnlineUserReader reader) {
        this.reader = reader;
    }

    /**
     * {@code verdicts} with each moving user whose online account is not ready turned into a failure.
     *
     * @param upnOf the UPN of a user going online, empty for a user this check does not concern
     * @param graph the chunk's Graph look-ups, by UPN
     */
    List<Verdict> stopUnprovisioned(
            List<Verdict> verdicts, Function<UserRef, Optional<String>> upnOf, Map<String, UserLookup> graph) {
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
        Map<String, OnlineUserReader.Read> reads = reader.read(moving.values());
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
