package io.jenkins.plugins.lynchybrid.accounts;

import java.util.List;
import java.util.Locale;

/**
 * LDAP search filters (RFC 4515) for {@code Get-CsUser -LdapFilter}. Every value is escaped, so a SIP address holding
 * {@code *}, {@code (}, {@code )}, {@code \} or NUL can never widen a filter into a wildcard or another clause.
 */
public final class LdapFilters {
    /**
     * The Active Directory attribute holding a Lync user's SIP address, {@code sip:} included (Lync Server 2013's
     * "Schema attributes and descriptions": msRTCSIP-PrimaryUserAddress contains the user's SIP address).
     */
    public static final String SIP_ATTRIBUTE = "msRTCSIP-PrimaryUserAddress";

    private LdapFilters() {}

    /**
     * {@code (|(msRTCSIP-PrimaryUserAddress=sip:a@x)(...))} for every identity, one clause each ({@code (x=y)} for
     * one). An identity without {@code sip:} is taken as the SIP address {@code sip:<identity>}: Lync derives SIP
     * addresses from UPNs by default, and a user whose SIP address differs is missed by the filter and read alone.
     */
    public static String anySipAddress(List<String> identities) {
        if (identities.isEmpty()) {
            throw new IllegalArgumentException("an LDAP OR filter needs at least one identity");
        }
        StringBuilder filter = new StringBuilder();
        for (String identity : identities) {
            filter.append('(')
                    .append(SIP_ATTRIBUTE)
                    .append('=')
                    .append(escape(sipAddress(identity)))
                    .append(')');
        }
        return identities.size() == 1 ? filter.toString() : "(|" + filter + ")";
    }

    /** {@code sip:} and the address, as msRTCSIP-PrimaryUserAddress holds it. */
    public static String sipAddress(String identity) {
        String trimmed = identity.strip();
        return trimmed.regionMatches(true, 0, "sip:", 0, 4) ? "sip:" + trimmed.substring(4) : "sip:" + trimmed;
    }

    /** RFC 4515 §3: {@code *}, {@code (}, {@code )}, {@code \} and NUL as {@code \XX}; other characters as they are. */
    public static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '*' || c == '(' || c == ')' || c == '\\' || c == '\0') {
                escaped.append(String.format(Locale.ROOT, "\\%02x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
