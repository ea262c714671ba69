package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users of the OUs a job excludes. Get-CsUser's output documents no distinguished name, so each OU is read
 * once with {@code Get-CsUser -OU}, which Microsoft documents as returning the users of that OU and its child
 * OUs, and users are matched by their SipAddress.
 */
public final class ExcludedOus {
    /** SIP address (lower case, without {@code sip:}) → the excluded OU it was found in. */
    private final Map<String, DistinguishedName> ouBySip;

    private ExcludedOus(Map<String, DistinguishedName> ouBySip) {
        this.ouBySip = Map.copyOf(ouBySip);
    }

    /** One Get-CsUser -OU per OU; shell failures are thrown. */
    public static ExcludedOus read(LyncShell shell, List<DistinguishedName> ous) {
        Map<String, DistinguishedName> found = new HashMap<>();
        for (DistinguishedName ou : ous) {
            for (PsObject user : shell.run(Calls.getUsersInOu(ou.canonical()))) {
                user.text("SipAddress").ifPresent(sip -> found.putIfAbsent(OnPremAccount.sipKey(sip), ou));
            }
        }
        return new ExcludedOus(found);
    }

    public static ExcludedOus none() {
        return new ExcludedOus(Map.of());
    }

    /** The excluded OU {@code account} is in, if any. */
    public Optional<DistinguishedName> containing(OnPremAccount account) {
        return Optional.ofNullable(ouBySip.get(OnPremAccount.sipKey(account.sipAddress())));
    }
}
