package io.jenkins.plugins.lynchybrid.users;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a SIP address or UPN in a user list must look like before it goes anywhere near Move-CsUser. Identities
 * travel as data, never as code, but a value that cannot name a user (a wildcard, a script fragment, a foreign
 * SIP domain) is refused here with a message that says why.
 */
public final class IdentityRules {
    static final int MAX_LENGTH = 256;
    private static final Pattern DNS_NAME =
            Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern SAFE_LOCAL_CHAR = Pattern.compile("[A-Za-z0-9._'+-]");

    private final List<String> sipDomains;

    public IdentityRules(List<String> sipDomains) {
        this.sipDomains =
                sipDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
    }

    /** The SIP address with a lower-case {@code sip:} prefix, or the reason it is not one. */
    public Checked sipAddress(String raw) {
        String value = raw.strip();
        String bare = value.regionMatches(true, 0, "sip:", 0, 4) ? value.substring(4) : value;
        return address(value, bare, "SIP address")
                .flatMap(domain -> sipDomains.contains(domain)
                        ? Checked.ok("sip:" + bare)
                        : Checked.bad("SIP address '" + value + "' is not in a SIP domain of this site ("
                                + String.join(", ", sipDomains) + ")"));
    }

    public Checked userPrincipalName(String raw) {
        String value = raw.strip();
        if (value.regionMatches(true, 0, "sip:", 0, 4)) {
            return Checked.bad(
                    "UserPrincipalName '" + value + "' has a sip: prefix: put SIP addresses in the SipAddress column");
        }
        return address(value, value, "UserPrincipalName").flatMap(domain -> Checked.ok(value));
    }

    /** Checks {@code local@domain}; on success the value carried is the lower-case domain. */
    private static Checked address(String shown, String bare, String what) {
        if (shown.isEmpty()) {
            return Checked.bad(what + " is empty");
        }
        if (shown.length() > MAX_LENGTH) {
            return Checked.bad(what + " is " + shown.length() + " characters long; at most " + MAX_LENGTH + " allowed");
        }
        if (shown.indexOf('\uFFFD') >= 0) {
            return Checked.bad(
                    what + " '" + printable(shown) + "' contains bytes that are not UTF-8 (save the list as UTF-8)");
        }
        Optional<String> odd = shown.codePoints()
                .filter(c -> Character.isISOControl(c)
                        || Character.isWhitespace(c)
                        || c == 0x200E
                        || c == 0x200F
                        || (c >= 0x202A && c <= 0x202E)
                        || c == 0xFEFF)
                .mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c))
                .findFirst();
        if (odd.isPresent()) {
            return Checked.bad(what + " '" + printable(shown)
                    + "' contains the whitespace, invisible or control character " + odd.get());
        }
        int at = bare.lastIndexOf('@');
        if (at <= 0 || at == bare.length() - 1 || bare.indexOf('@') != at) {
            return Checked.bad(what + " '" + shown + "' is not of the form name@domain");
        }
        String local = bare.substring(0, at);
        String domain = bare.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.contains("*") || local.contains("?")) {
            return Checked.bad(what + " '" + shown + "' contains a wildcard; name one user per line");
        }
        Optional<String> badChar = local.codePoints()
                .filter(c -> !SAFE_LOCAL_CHAR.matcher(Character.toString(c)).matches())
                .mapToObj(Character::toString)
                .findFirst();
        if (badChar.isPresent()) {
            return Checked.bad(what + " '" + shown + "' contains '" + badChar.get()
                    + "', which a directory account name cannot hold");
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Checked.bad(what + " '" + shown + "' has a misplaced dot in its name part '" + local + "'");
        }
        if (!DNS_NAME.matcher(domain).matches()) {
            return Checked.bad(what + " '" + shown + "' has an invalid domain '" + domain + "'");
        }
        return Checked.ok(domain);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0xFEFF || c == 0xFFFD || (c >= 0x200E && c <= 0x202E)) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** A checked value, or the reason it was refused. */
    public record Checked(Optional<String> value, String problem) {
        static Checked ok(String value) {
            return new Checked(Optional.of(value), null);
        }

        /** No value was given: nothing to use, nothing wrong. */
        static Checked absent() {
            return new Checked(Optional.empty(), null);
        }

        static Checked bad(String problem) {
            return new Checked(Optional.empty(), problem);
        }

        public boolean valid() {
            return value.isPresent();
        }

        Checked flatMap(java.util.function.Function<String, Checked> next) {
            return valid() ? next.apply(value.get()) : this;
        }
    }
}
