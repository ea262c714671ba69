package io.jenkins.plugins.lynchybrid.users;

import java.util.Locale;
import java.util.Optional;

/**
 * One user to move, as the source named them: a SIP address (with {@code sip:}), a UPN, or both.
 *
 * @param origin where the user came from, e.g. {@code users.csv:12}, for messages
 */
public record UserRef(Optional<String> sipAddress, Optional<String> userPrincipalName, String origin) {
    public UserRef {
        if (sipAddress.isEmpty() && userPrincipalName.isEmpty()) {
            throw new IllegalArgumentException("a user needs a SIP address or a UPN (" + origin + ")");
        }
    }

    public static UserRef ofSip(String sipAddress, String origin) {
        return new UserRef(Optional.of(sipAddress), Optional.empty(), origin);
    }

    /** The identity given to Get-CsUser and Move-CsUser: the SIP address when known, else the UPN. */
    public String identity() {
        return sipAddress.orElseGet(userPrincipalName::get);
    }

    /** A case-insensitive key that names the user across runs: the journal and duplicate detection use it. */
    public String key() {
        return keyOf(identity());
    }

    public static String keyOf(String identity) {
        String lower = identity.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("sip:") ? lower.substring(4) : lower;
    }
}
